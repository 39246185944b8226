import { type Bilingual, ELEMENT_IDS, type ElementId, elementById } from './elements.ts';
import type { Grade, IkmWarning, IndexResult, SurveyMethod } from './ikm.rules.ts';

/**
 * How an index leaves the module: as JSON (`atap ikm --json`, and later the API) and as a readable table
 * (`atap ikm`). Pure. Numbers are the full-precision values; the *Rounded strings are the documented display
 * (NRR and converted to 2 decimals, IKM to 4, half-up on the exact value — see ikm.rules.ts).
 */

interface WarningOut {
  code: IkmWarning['code'];
  elements?: ElementId[];
  message: Bilingual;
}

export interface IkmJson {
  respondents: number;
  /** The nine elements, in the regulation's order (the order of nrr and weights). */
  elements: ElementId[];
  nrr: (number | null)[];
  nrrRounded: (string | null)[];
  ikm: number | null;
  ikmRounded: string | null;
  converted: number | null;
  convertedRounded: string | null;
  grade: Grade | null;
  label: Bilingual | null;
  weights: string[];
  method: { version: string; regulation: string };
  warnings: WarningOut[];
}

const names = (elements: readonly ElementId[], lang: 'id' | 'en') =>
  elements.map((id) => elementById[id].name[lang]).join(', ');

function warningMessage(warning: IkmWarning): Bilingual {
  switch (warning.code) {
    case 'custom_weights':
      return {
        id: `Bobot bukan 1/9 untuk: ${names(warning.elements, 'id')}. Indeks ini tidak memakai bobot baku PermenPAN-RB 14/2017.`,
        en: `Weights other than 1/9 for: ${names(warning.elements, 'en')}. This index does not use the standard weights of PermenPAN-RB 14/2017.`,
      };
    case 'unanswered_elements':
      return {
        id: `Tidak ada responden yang menjawab: ${names(warning.elements, 'id')}. IKM tidak dapat dihitung tanpa kesembilan unsur.`,
        en: `No respondent answered: ${names(warning.elements, 'en')}. The IKM cannot be computed without all nine elements.`,
      };
    case 'no_respondents':
      return { id: 'Belum ada responden.', en: 'No respondents yet.' };
  }
}

export function ikmJson(result: IndexResult, method: SurveyMethod): IkmJson {
  return {
    respondents: result.respondents,
    elements: [...ELEMENT_IDS],
    nrr: result.elements.map((e) => e.nrr),
    nrrRounded: result.elements.map((e) => e.nrrText),
    ikm: result.ikm,
    ikmRounded: result.ikmText,
    converted: result.converted,
    convertedRounded: result.convertedText,
    grade: result.grade,
    label: result.label,
    weights: ELEMENT_IDS.map((id) => method.weights[id]),
    method: { version: method.version, regulation: method.regulation },
    warnings: result.warnings.map((w) => ({
      code: w.code,
      ...('elements' in w ? { elements: w.elements } : {}),
      message: warningMessage(w),
    })),
  };
}

/** The table `atap ikm` prints: Indonesian first, English after the slash; element names as the regulation writes them. */
export function ikmTable(result: IndexResult, method: SurveyMethod, source: string): string {
  const rows = result.elements.map((e, i) => {
    const element = elementById[e.id];
    return [
      `u${i + 1}`,
      `${element.letter}. ${element.name.id}`,
      String(e.answered),
      String(e.sum),
      e.nrrText ?? '—',
      e.weightedNrrText ?? '—',
    ];
  });
  const head = [
    'Kolom',
    'Unsur (PermenPAN-RB 14/2017)',
    'Dijawab/answered',
    'Jumlah/sum',
    'NRR',
    'NRR × bobot/weight',
  ];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c <= 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const weights = new Set(Object.values(method.weights));
  const weightText =
    weights.size === 1 ? `${[...weights][0]} setiap unsur / each element` : 'lihat --json / see --json';
  const out = [
    `Indeks Kepuasan Masyarakat (IKM) / Community Satisfaction Index — ${source}`,
    `Metode / Method: ${method.regulation} (${method.version}); bobot / weights: ${weightText}`,
    '',
    `Responden / Respondents: ${result.respondents}`,
    '',
    line(head),
    ...rows.map(line),
    '',
    `IKM (1–4):                      ${result.ikmText ?? '—'}`,
    `IKM konversi / converted (×25): ${result.convertedText ?? '—'}`,
    `Mutu pelayanan / Grade:         ${result.grade ? `${result.grade} — ${result.label?.id} / ${result.label?.en}` : '—'}`,
    'Sampel / Sample: tidak diperiksa, jumlah populasi tidak diketahui / not checked, the population is unknown',
    'Pembulatan / Rounding: NRR dan IKM konversi 2 desimal, IKM 4 desimal, setengah ke atas; mutu dari IKM konversi 2 desimal / NRR and converted 2 decimals, IKM 4, half-up; the grade is read from the converted value to 2 decimals',
  ];
  for (const w of result.warnings) {
    const message = warningMessage(w);
    out.push(`Peringatan / Warning: ${message.id} / ${message.en}`);
  }
  return `${out.join('\n')}\n`;
}
