import { unitIkm } from '../../satisfaction/satisfaction.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { levelForIkm, periodText, sourceOf } from '../prefill.rules.ts';

const ID = 'satisfaction.ikm';

/** The unit's satisfaction index (IKM, PermenPAN-RB 14/2017) and grade over the period, from Atap's surveys. */
export const satisfactionIkm: EvidenceSource = async (db, unit, levels, now) => {
  const { index } = await unitIkm(
    db,
    unit.siteId,
    { ...(unit.agencyId ? { agency: unit.agencyId } : {}), ...(unit.boothId ? { booth: unit.boothId } : {}) },
    unit.from,
    unit.to,
    now,
  );
  const source = sourceOf(ID, unit.from, unit.to);
  const when = periodText(unit.from, unit.to);
  if (index.respondents === 0 || index.converted === null || index.grade === null)
    return { suggested: null, text: `Belum ada responden survei kepuasan pada ${when}.`, source };
  const text =
    `IKM ${(index.convertedText ?? String(index.converted)).replace('.', ',')} (mutu ${index.grade}, ${index.label?.id ?? ''}) dari ` +
    `${index.respondents} responden pada ${when}. Sumber: survei kepuasan masyarakat di Atap.`;
  return { suggested: levelForIkm(index.grade, index.converted, levels), text, source };
};
