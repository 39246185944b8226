import { ELEMENT_IDS, elementById } from './elements.ts';
import type { IndexResult, SampleCheck, SurveyMethod } from './ikm.rules.ts';

/** What leaves the server of an index: the result of computeIndex with each element's letter and name. */

export function presentIndex(result: IndexResult) {
  return {
    respondents: result.respondents,
    ikm: result.ikm,
    ikmText: result.ikmText,
    converted: result.converted,
    convertedText: result.convertedText,
    grade: result.grade,
    label: result.label,
    elements: result.elements.map((e) => ({
      id: e.id,
      letter: elementById[e.id].letter,
      name: elementById[e.id].name,
      sum: e.sum,
      answered: e.answered,
      weight: e.weight,
      nrr: e.nrr,
      nrrText: e.nrrText,
      weightedNrrText: e.weightedNrrText,
    })),
    warnings: result.warnings.map((w) => ({ code: w.code, elements: 'elements' in w ? w.elements : [] })),
  };
}

/** The three elements with the lowest NRR (ties in the regulation's order); unanswered elements have none. */
export function weakestElements(result: IndexResult, count = 3) {
  return result.elements
    .filter((e) => e.nrr !== null && e.nrrText !== null)
    .map((e) => ({ e, order: ELEMENT_IDS.indexOf(e.id) }))
    .sort((a, b) => (a.e.nrr as number) - (b.e.nrr as number) || a.order - b.order)
    .slice(0, count)
    .map(({ e }) => ({
      id: e.id,
      name: elementById[e.id].name,
      nrr: e.nrr as number,
      nrrText: e.nrrText as string,
    }));
}

export function presentMethod(method: SurveyMethod, period: { id: string; label: string } | null) {
  return {
    version: method.version,
    regulation: method.regulation,
    source: period ? ('survey_period' as const) : ('default' as const),
    surveyPeriod: period,
    weights: { ...method.weights },
  };
}

/** A child unit of the drill-down: its index in short (converted, grade) and its sample check. */
export function presentChild(
  unit: { kind: 'agency' | 'booth' | 'service'; id: string; name: string; shortName: string | null },
  result: IndexResult,
  sample: SampleCheck,
) {
  return {
    ...unit,
    respondents: result.respondents,
    convertedText: result.convertedText,
    grade: result.grade,
    label: result.label,
    sample,
  };
}
