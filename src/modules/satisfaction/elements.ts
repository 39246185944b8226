/**
 * The nine elements (unsur) of the satisfaction survey, PermenPAN-RB 14/2017, Lampiran, in the regulation's
 * order (letters a–i). Keyed by meaning, never by position: the regulation's sample questionnaire asks
 * facilities as question 8 and complaint handling as question 9, the other way round from this list, so a
 * "Q8" of a paper form is `facilities`, while the template's column u8 is `complaints` (DESIGN.md §6). Pure data.
 */

export type Bilingual = { id: string; en: string };

export const ELEMENT_IDS = [
  'requirements',
  'procedure',
  'time',
  'fee',
  'product',
  'competence',
  'behaviour',
  'complaints',
  'facilities',
] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

export interface ElementInfo {
  id: ElementId;
  /** The regulation's letter (Lampiran, "unsur survei kepuasan masyarakat"). */
  letter: string;
  name: Bilingual;
  /** The number of its question in the regulation's sample questionnaire. */
  questionNumber: number;
}

export const ELEMENTS: readonly ElementInfo[] = [
  { id: 'requirements', letter: 'a', questionNumber: 1, name: { id: 'Persyaratan', en: 'Requirements' } },
  {
    id: 'procedure',
    letter: 'b',
    questionNumber: 2,
    name: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  },
  { id: 'time', letter: 'c', questionNumber: 3, name: { id: 'Waktu penyelesaian', en: 'Completion time' } },
  { id: 'fee', letter: 'd', questionNumber: 4, name: { id: 'Biaya/tarif', en: 'Fee/tariff' } },
  {
    id: 'product',
    letter: 'e',
    questionNumber: 5,
    name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product specification' },
  },
  {
    id: 'competence',
    letter: 'f',
    questionNumber: 6,
    name: { id: 'Kompetensi pelaksana', en: 'Implementer competence' },
  },
  {
    id: 'behaviour',
    letter: 'g',
    questionNumber: 7,
    name: { id: 'Perilaku pelaksana', en: 'Implementer behaviour' },
  },
  {
    id: 'complaints',
    letter: 'h',
    questionNumber: 9,
    name: {
      id: 'Penanganan pengaduan, saran dan masukan',
      en: 'Handling of complaints, suggestions and input',
    },
  },
  {
    id: 'facilities',
    letter: 'i',
    questionNumber: 8,
    name: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' },
  },
];

export const elementById: Readonly<Record<ElementId, ElementInfo>> = Object.fromEntries(
  ELEMENTS.map((e) => [e.id, e]),
) as Record<ElementId, ElementInfo>;

/** A score: the four answers of every question, 1 (worst) to 4 (best). */
export type Score = 1 | 2 | 3 | 4;

export const isScore = (value: unknown): value is Score =>
  value === 1 || value === 2 || value === 3 || value === 4;
