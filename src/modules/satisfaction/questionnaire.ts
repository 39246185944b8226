import { type Bilingual, ELEMENT_IDS, type ElementId } from './elements.ts';

/**
 * The questionnaire: the nine questions with the sample wording of PermenPAN-RB 14/2017 (Lampiran, "contoh
 * kuesioner"), Indonesian as the regulation writes it with an English translation, and the four answers of
 * each, worst (1) to best (4). Keyed by element, in the regulation's order of elements; `questionNumber` in
 * elements.ts gives the sample form's order (facilities 8, complaints 9). Then the respondent's profile as
 * coarse closed lists (no free text, no exact age): enough to describe who answered, too coarse to identify
 * anyone. Pure data.
 */

export interface Question {
  element: ElementId;
  text: Bilingual;
  /** Index 0 is score 1 (a), index 3 is score 4 (d). */
  answers: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
}

const QUESTIONS: Readonly<Record<ElementId, Question>> = {
  requirements: {
    element: 'requirements',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements match the kind of service?',
    },
    answers: [
      { id: 'Tidak sesuai', en: 'Not appropriate' },
      { id: 'Kurang sesuai', en: 'Somewhat inappropriate' },
      { id: 'Sesuai', en: 'Appropriate' },
      { id: 'Sangat sesuai', en: 'Very appropriate' },
    ],
  },
  procedure: {
    element: 'procedure',
    text: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy was the service procedure at this unit to follow?',
    },
    answers: [
      { id: 'Tidak mudah', en: 'Not easy' },
      { id: 'Kurang mudah', en: 'Somewhat difficult' },
      { id: 'Mudah', en: 'Easy' },
      { id: 'Sangat mudah', en: 'Very easy' },
    ],
  },
  time: {
    element: 'time',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service delivered?',
    },
    answers: [
      { id: 'Tidak cepat', en: 'Not fast' },
      { id: 'Kurang cepat', en: 'Somewhat slow' },
      { id: 'Cepat', en: 'Fast' },
      { id: 'Sangat cepat', en: 'Very fast' },
    ],
  },
  fee: {
    element: 'fee',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How reasonable was the fee/tariff of the service?',
    },
    answers: [
      { id: 'Sangat mahal', en: 'Very expensive' },
      { id: 'Cukup mahal', en: 'Rather expensive' },
      { id: 'Murah', en: 'Cheap' },
      { id: 'Gratis', en: 'Free' },
    ],
  },
  product: {
    element: 'product',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well did the result you received match the service product stated in the service standard?',
    },
    answers: [
      { id: 'Tidak sesuai', en: 'Not matching' },
      { id: 'Kurang sesuai', en: 'Partly matching' },
      { id: 'Sesuai', en: 'Matching' },
      { id: 'Sangat sesuai', en: 'Fully matching' },
    ],
  },
  competence: {
    element: 'competence',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent/capable were the officers in providing the service?',
    },
    answers: [
      { id: 'Tidak kompeten', en: 'Not competent' },
      { id: 'Kurang kompeten', en: 'Somewhat incompetent' },
      { id: 'Kompeten', en: 'Competent' },
      { id: 'Sangat kompeten', en: 'Very competent' },
    ],
  },
  behaviour: {
    element: 'behaviour',
    text: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How courteous and friendly were the officers during the service?',
    },
    answers: [
      { id: 'Tidak sopan dan ramah', en: 'Not courteous or friendly' },
      { id: 'Kurang sopan dan ramah', en: 'Somewhat discourteous and unfriendly' },
      { id: 'Sopan dan ramah', en: 'Courteous and friendly' },
      { id: 'Sangat sopan dan ramah', en: 'Very courteous and friendly' },
    ],
  },
  complaints: {
    element: 'complaints',
    text: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'How are complaints from service users handled?',
    },
    answers: [
      { id: 'Tidak ada', en: 'There is none' },
      { id: 'Ada tetapi tidak berfungsi', en: 'It exists but does not work' },
      { id: 'Berfungsi kurang maksimal', en: 'It works, but not fully' },
      { id: 'Dikelola dengan baik', en: 'It is well managed' },
    ],
  },
  facilities: {
    element: 'facilities',
    text: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How good are the facilities and infrastructure?',
    },
    answers: [
      { id: 'Buruk', en: 'Poor' },
      { id: 'Cukup', en: 'Fair' },
      { id: 'Baik', en: 'Good' },
      { id: 'Sangat baik', en: 'Very good' },
    ],
  },
};

/** The nine questions in the regulation's order of elements (a–i). */
export const questions: readonly Question[] = ELEMENT_IDS.map((id) => QUESTIONS[id]);

export const questionOf = (element: ElementId): Question => QUESTIONS[element];

// ---------- the respondent's profile ----------

export interface ProfileOption<Id extends string> {
  id: Id;
  label: Bilingual;
  /** Other spellings accepted on import (paper forms and other apps write them so). */
  aliases: readonly string[];
}

export const sexes = [
  { id: 'male', label: { id: 'Laki-laki', en: 'Male' }, aliases: ['L', 'pria', 'laki laki', 'M'] },
  { id: 'female', label: { id: 'Perempuan', en: 'Female' }, aliases: ['P', 'wanita', 'F'] },
] as const satisfies readonly ProfileOption<string>[];
export type Sex = (typeof sexes)[number]['id'];

/** Bands, not ages: the sample form asks "Usia … tahun"; an exact age is reduced to its band on import. */
export const ageBands = [
  { id: 'under_20', label: { id: 'Di bawah 20 tahun', en: 'Under 20' }, aliases: ['<20'], from: 0, to: 19 },
  { id: '20_29', label: { id: '20–29 tahun', en: '20–29' }, aliases: ['20-29'], from: 20, to: 29 },
  { id: '30_39', label: { id: '30–39 tahun', en: '30–39' }, aliases: ['30-39'], from: 30, to: 39 },
  { id: '40_49', label: { id: '40–49 tahun', en: '40–49' }, aliases: ['40-49'], from: 40, to: 49 },
  { id: '50_59', label: { id: '50–59 tahun', en: '50–59' }, aliases: ['50-59'], from: 50, to: 59 },
  {
    id: '60_plus',
    label: { id: '60 tahun ke atas', en: '60 and over' },
    aliases: ['60+', '>=60', '≥60'],
    from: 60,
    to: 150,
  },
] as const satisfies readonly (ProfileOption<string> & { from: number; to: number })[];
export type AgeBand = (typeof ageBands)[number]['id'];

/** The sample form's levels (SD, SMP, SMA, S1, S2, S3) with the diploma level most MPP users hold added. */
export const educationLevels = [
  {
    id: 'primary',
    label: { id: 'SD ke bawah', en: 'Primary school or less' },
    aliases: ['SD', 'tidak sekolah', 'SD/sederajat'],
  },
  { id: 'junior_high', label: { id: 'SMP', en: 'Junior high school' }, aliases: ['SLTP', 'SMP/sederajat'] },
  {
    id: 'senior_high',
    label: { id: 'SMA/SMK', en: 'Senior high school' },
    aliases: ['SMA', 'SMK', 'SLTA', 'SMA/sederajat'],
  },
  {
    id: 'diploma',
    label: { id: 'Diploma (D1–D4)', en: 'Diploma (D1–D4)' },
    aliases: ['D1', 'D2', 'D3', 'D4'],
  },
  { id: 'bachelor', label: { id: 'S1', en: "Bachelor's degree" }, aliases: ['sarjana', 'S-1'] },
  { id: 'master', label: { id: 'S2', en: "Master's degree" }, aliases: ['magister', 'S-2'] },
  { id: 'doctorate', label: { id: 'S3', en: 'Doctorate' }, aliases: ['doktor', 'S-3'] },
] as const satisfies readonly ProfileOption<string>[];
export type Education = (typeof educationLevels)[number]['id'];

/** The sample form's occupations (PNS, TNI, POLRI, swasta, wirausaha, lainnya) and students. */
export const occupations = [
  { id: 'civil_servant', label: { id: 'PNS/ASN', en: 'Civil servant' }, aliases: ['PNS', 'ASN', 'PPPK'] },
  { id: 'military', label: { id: 'TNI', en: 'Armed forces' }, aliases: [] },
  { id: 'police', label: { id: 'POLRI', en: 'Police' }, aliases: ['polisi'] },
  {
    id: 'private_employee',
    label: { id: 'Pegawai swasta', en: 'Private employee' },
    aliases: ['swasta', 'karyawan swasta', 'karyawan'],
  },
  {
    id: 'entrepreneur',
    label: { id: 'Wirausaha', en: 'Self-employed' },
    aliases: ['wiraswasta', 'pedagang', 'pengusaha'],
  },
  { id: 'student', label: { id: 'Pelajar/Mahasiswa', en: 'Student' }, aliases: ['pelajar', 'mahasiswa'] },
  { id: 'other', label: { id: 'Lainnya', en: 'Other' }, aliases: ['lain-lain', 'lain lain'] },
] as const satisfies readonly ProfileOption<string>[];
export type Occupation = (typeof occupations)[number]['id'];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The option a written value names (its id, Indonesian or English label, or an alias), or null. */
export function findOption<Id extends string>(
  options: readonly ProfileOption<Id>[],
  written: string,
): ProfileOption<Id> | null {
  const wanted = normalise(written);
  if (wanted === '') return null;
  return (
    options.find((o) =>
      [o.id, o.label.id, o.label.en, ...o.aliases].some((name) => normalise(name) === wanted),
    ) ?? null
  );
}

/** The band of an age in whole years (paper forms ask for the age), or null when it is not a plausible age. */
export function ageBandOf(age: number): AgeBand | null {
  if (!Number.isInteger(age) || age < 10 || age > 120) return null;
  return ageBands.find((b) => age >= b.from && age <= b.to)?.id ?? null;
}
