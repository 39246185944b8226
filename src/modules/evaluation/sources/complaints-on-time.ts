import { complaintMeasures } from '../../complaints/complaints.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { levelForShare, percent, periodText, sourceOf } from '../prefill.rules.ts';

const ID = 'complaints.on_time';

/** The share of the unit's complaints received in the period and answered that were answered on time. */
export const complaintsOnTime: EvidenceSource = async (db, unit, levels, now) => {
  const m = await complaintMeasures(
    db,
    {
      siteId: unit.siteId,
      ...(unit.agencyId ? { agencyId: unit.agencyId } : {}),
      ...(unit.boothId ? { boothId: unit.boothId } : {}),
      from: unit.from,
      to: unit.to,
    },
    now,
    unit.boothId ? 'service' : unit.agencyId ? 'booth' : 'agency',
  );
  const source = sourceOf(ID, unit.from, unit.to);
  const when = periodText(unit.from, unit.to);
  const { count, onTime, late, onTimeShare } = m.answered;
  if (count === 0 || onTimeShare === null)
    return {
      suggested: null,
      text: `Belum ada pengaduan yang dijawab dari ${m.received} yang diterima pada ${when}.`,
      source,
    };
  const text =
    `${percent(onTimeShare)} dari ${count} pengaduan yang dijawab (${onTime}) dijawab tepat waktu, ${late} terlambat; ` +
    `${m.received} diterima pada ${when}, ${m.received - count} belum dijawab. Sumber: pengelolaan pengaduan Atap.`;
  return { suggested: levelForShare(onTimeShare, levels), text, source };
};
