import { unitCompletion } from '../../requests/requests.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { levelForShare, percent, periodText, sourceOf } from '../prefill.rules.ts';

const ID = 'requests.completion';

/**
 * Files completed within the standard's time, of those completed in the period, from the monitor's rollups (the
 * same figures as the "done and completed" monitor page).
 */
export const requestsCompletion: EvidenceSource = async (db, unit, levels) => {
  const m = await unitCompletion(db, unit, unit.from, unit.to);
  const source = sourceOf(ID, unit.from, unit.to);
  const when = periodText(unit.from, unit.to);
  if (m.completed === 0 || m.onTimeShare === null)
    return { suggested: null, text: `Belum ada berkas yang selesai pada ${when}.`, source };
  const text =
    `${percent(m.onTimeShare)} dari ${m.completed} berkas yang selesai pada ${when} (${m.completedOnTime}) selesai ` +
    `dalam jangka waktu standar pelayanan; ${m.opened} berkas masuk, ${m.inProgress} masih diproses. ` +
    'Sumber: pemantauan berkas Atap (rekap harian dan bulanan).';
  return { suggested: levelForShare(m.onTimeShare, levels), text, source };
};
