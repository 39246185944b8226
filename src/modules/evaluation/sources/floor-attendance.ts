import { attendanceOver } from '../../floor/floor.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { levelForShare, percent, periodText, sourceOf } from '../prefill.rules.ts';
import { pastPart } from './period.ts';

const ID = 'floor.attendance';

/**
 * Booths opened on time (first counter within 15 minutes of the site's opening) over the open days of the period,
 * and counters staffed, from the floor's counter sessions. The suggestion follows the booths opened on time.
 */
export const floorAttendance: EvidenceSource = async (db, unit, levels, now) => {
  const past = await pastPart(db, unit, now);
  if (!past) return null;
  const a = await attendanceOver(db, unit, past.from, past.to);
  const source = sourceOf(ID, past.from, past.to);
  if (a.boothDays === 0)
    return {
      suggested: null,
      text: `Tidak ada hari layanan atau loket aktif pada ${periodText(past.from, past.to)}.`,
      source,
    };
  const share = a.onTime / a.boothDays;
  const staffed = a.staffedCounterDays / a.counterDays;
  const text =
    `Gerai dibuka tepat waktu pada ${percent(share)} dari ${a.boothDays} hari-gerai (${a.onTime}; terlambat ` +
    `${a.late}, tidak dibuka ${a.neverOpened}) selama ${a.openDays} hari layanan, ${periodText(past.from, past.to)}. ` +
    `Loket terisi petugas ${percent(staffed)} dari ${a.counterDays} hari-loket. ` +
    'Sumber: sesi loket di lantai layanan Atap (terlambat bila loket pertama dibuka lebih dari 15 menit setelah jam buka).';
  return { suggested: levelForShare(share, levels), text, source };
};
