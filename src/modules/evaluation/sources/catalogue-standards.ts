import { unitStandards } from '../../catalogue/catalogue.public.ts';
import type { EvidenceSource } from '../evidence.types.ts';
import { levelForShare, percent, sourceOf } from '../prefill.rules.ts';

const ID = 'catalogue.standards';

/** The current standard counts when it was saved in the 12 months up to the period's end. */
const REVIEW_DAYS = 365;

/**
 * The share of the unit's active services whose current standard covers all 14 components and was reviewed (a
 * version saved) in the last year, from the catalogue and its standard versions.
 */
export const catalogueStandards: EvidenceSource = async (db, unit, levels) => {
  const services = await unitStandards(db, unit);
  const since = new Date(Date.parse(`${unit.to}T00:00:00Z`) - (REVIEW_DAYS - 1) * 86_400_000);
  const complete = services.filter((s) => s.missing.length === 0);
  const good = complete.filter((s) => s.reviewedAt >= since);
  const source = sourceOf(ID, since.toISOString().slice(0, 10), unit.to);
  if (services.length === 0)
    return { suggested: null, text: 'Unit ini belum memiliki layanan aktif di katalog Atap.', source };
  const share = good.length / services.length;
  const stale = complete.length - good.length;
  const incomplete = services.length - complete.length;
  const parts = [
    `${percent(share)} dari ${services.length} layanan (${good.length}) memiliki standar pelayanan yang memuat ` +
      `seluruh 14 komponen dan direviu dalam setahun terakhir.`,
  ];
  if (incomplete > 0) parts.push(`${incomplete} layanan standarnya belum lengkap.`);
  if (stale > 0) parts.push(`${stale} layanan standarnya lengkap tetapi belum direviu setahun terakhir.`);
  parts.push('Sumber: katalog layanan Atap dan riwayat versi standar pelayanan.');
  return { suggested: levelForShare(share, levels), text: parts.join(' '), source };
};
