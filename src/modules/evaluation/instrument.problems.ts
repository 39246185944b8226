import type { FieldIssue } from '../../shared/errors.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';

/**
 * The problems scoring.rules' `definitionProblems` finds, as field issues an editor can place next to the field
 * (`definition.aspects.2.weight`) with an Indonesian and English message. Pure.
 */
export function problemIssues(def: InstrumentDefinition, problems: readonly string[]): FieldIssue[] {
  const aspectAt = (id: string) => def.aspects.findLastIndex((a) => a.id === id);
  const indicatorAt = (id: string): string => {
    for (let a = def.aspects.length - 1; a >= 0; a--) {
      const i = (def.aspects[a]?.indicators ?? []).findLastIndex((x) => x.id === id);
      if (i >= 0) return `definition.aspects.${a}.indicators.${i}`;
    }
    return 'definition.aspects';
  };
  return problems.map((problem): FieldIssue => {
    let m = /^aspects' weights sum to (\S+), not 1$/.exec(problem);
    if (m) {
      const raw = m[1] ?? '';
      const total = raw.includes('.') ? raw.replace(/0+$/, '').replace(/\.$/, '') : raw;
      return issue(
        'definition.aspects',
        `Jumlah bobot aspek ${total.replace('.', ',')}, harus tepat 1.`,
        `aspects' weights sum to ${total}, not 1`,
      );
    }
    m = /^aspect (\S+): (.*)$/.exec(problem);
    if (m) {
      const [, id = '', what = ''] = m;
      const at = `definition.aspects.${aspectAt(id)}`;
      if (what.startsWith('weight'))
        return issue(`${at}.weight`, `Aspek ${id}: bobot harus di atas 0.`, problem);
      return issue(`${at}.id`, `Aspek ${id}: kode dipakai dua kali.`, problem);
    }
    m = /^indicator (\S+): (.*)$/.exec(problem);
    if (m) {
      const [, id = '', what = ''] = m;
      const at = indicatorAt(id);
      if (what.startsWith('weight'))
        return issue(`${at}.weight`, `Indikator ${id}: bobot harus di atas 0.`, problem);
      if (what.startsWith('levels'))
        return issue(
          `${at}.levels`,
          `Indikator ${id}: nilai tingkat harus naik, dari yang terendah.`,
          problem,
        );
      if (what.startsWith('threshold'))
        return issue(`${at}.threshold`, `Indikator ${id}: ambang di luar rentang tingkatnya.`, problem);
      return issue(`${at}.id`, `Indikator ${id}: kode dipakai dua kali.`, problem);
    }
    if (problem.startsWith('total: min'))
      return issue('definition.total.max', 'Skala total: nilai minimum harus di bawah maksimum.', problem);
    if (problem.startsWith('total: two bands'))
      return issue('definition.total.bands', 'Dua kategori dimulai dari nilai yang sama.', problem);
    if (problem.startsWith('total: no band'))
      return issue('definition.total.bands', 'Tidak ada kategori untuk nilai total terendah.', problem);
    return issue('definition', problem, problem);
  });
}

const issue = (field: string, id: string, en: string): FieldIssue => ({
  field,
  message: { id, en: `${en}.` },
});
