import { waitingOver } from '../../floor/floor.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { decimal, levelForShare, percent, periodText, sourceOf } from '../prefill.rules.ts';
import { pastPart } from './period.ts';

const ID = 'floor.waiting';

/** A visitor called within this many minutes waited acceptably (the suggestion's share). */
const WAIT_TARGET_MINUTES = 30;

/**
 * Waiting time at the unit's counters over the period: median and 90th percentile from queueing (or the ticket's
 * issue) to the first call, from the floor's tickets; the suggestion follows the share called within 30 minutes.
 */
export const floorWaiting: EvidenceSource = async (db, unit, levels, now) => {
  const past = await pastPart(db, unit, now);
  if (!past) return null;
  const w = await waitingOver(db, unit, past.from, past.to, WAIT_TARGET_MINUTES);
  const source = sourceOf(ID, past.from, past.to);
  if (w.called === 0 || w.p50Minutes === null || w.p90Minutes === null)
    return {
      suggested: null,
      text: `Tidak ada antrean yang dipanggil pada ${periodText(past.from, past.to)}.`,
      source,
    };
  const share = w.withinTarget / w.called;
  const text =
    `Waktu tunggu median ${decimal(w.p50Minutes)} menit, persentil ke-90 ${decimal(w.p90Minutes)} menit, dari ` +
    `${w.called} antrean yang dipanggil pada ${periodText(past.from, past.to)}; ${percent(share)} dipanggil dalam ` +
    `${WAIT_TARGET_MINUTES} menit. Sumber: tiket antrean di lantai layanan Atap (dari masuk antrean sampai dipanggil).`;
  return { suggested: levelForShare(share, levels), text, source };
};
