import { createHash } from 'node:crypto';
import { allRegions } from './generate.regions.data.ts';
import { type Season, typeProfiles } from './generate.service-types.ts';

/**
 * The national demo's sites, drawn deterministically from a seed: where they are (real kota and kabupaten), how
 * busy, how good (waiting, punctuality, satisfaction) and where they are heading (volume and waiting trends), and
 * which national service types each offers. Pure: the generator (generate.ts) turns these into a year of facts.
 */

interface GeneratedOffer {
  code: string;
  /** Expected visitors of this type on an ordinary Wednesday. */
  daily: number;
  serviceMinutes: number;
  waitFactor: number;
  season: Season;
  /** Daily quota (tickets), or null. */
  quota: number | null;
  files: number;
}

export interface GeneratedSite {
  id: string;
  code: string;
  name: string;
  province: string;
  city: string;
  address: string;
  timezone: string;
  size: 'large' | 'medium' | 'small';
  saturday: boolean;
  /** Mean wait (minutes) on an ordinary day mid-period. */
  waitMinutes: number;
  /** Relative change of visitors and of waiting over the period (e.g. 0.3: +30% from start to end). */
  volumeTrend: number;
  waitTrend: number;
  noShow: number;
  booths: number;
  /** Share of booths opened on time. */
  punctuality: number;
  /** Share of files finished within the standard's time. */
  filesOnTime: number;
  /** Share of visitors who answer the survey, and their mean answer (1–4). */
  surveyRate: number;
  surveyMean: number;
  complaintsOnTime: number;
  offers: GeneratedOffer[];
}

/** mulberry32: small, fast and good enough for demo data; the same seed gives the same sites. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID that depends only on the seed and the code, so a regenerated site keeps its id (and its shared URLs). */
function generatedSiteId(seed: number, code: string): string {
  const h = createHash('sha256').update(`atap-national-demo:${seed}:${code}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const streets = [
  'Jl. Jenderal Sudirman',
  'Jl. Ahmad Yani',
  'Jl. Diponegoro',
  'Jl. Gatot Subroto',
  'Jl. Pahlawan',
  'Jl. Merdeka',
  'Jl. Imam Bonjol',
  'Jl. Veteran',
];

export const maxGeneratedSites = allRegions().length;

export function generateSites(count: number, seed: number): GeneratedSite[] {
  const regions = allRegions();
  if (!Number.isInteger(count) || count < 1 || count > regions.length)
    throw new RangeError(`sites: 1 to ${regions.length} (one per kota/kabupaten of the demo's list)`);
  const rnd = random(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  // A seeded shuffle, then the first `count`: every province is likely to appear, and big and small mix.
  const order = regions.map((r) => ({ r, key: rnd() }));
  order.sort((a, b) => a.key - b.key);
  const chosen = order.slice(0, count).map((o) => o.r);
  // Listed by province then name, so G001… read like a directory.
  chosen.sort((a, b) => a.province.localeCompare(b.province) || a.city.localeCompare(b.city));
  return chosen.map((region, i) => {
    const code = `G${String(i + 1).padStart(3, '0')}`;
    const sizeIndex = region.size === 'small' ? 0 : region.size === 'medium' ? 1 : 2;
    const scale = [between(60, 220), between(250, 650), between(700, 1500)][sizeIndex] as number;
    // How good the site is: one hidden score moves waiting, punctuality, files and satisfaction together, with
    // some independent spread so that rankings on different measures differ.
    const quality = rnd();
    const offers: GeneratedOffer[] = [];
    for (const profile of typeProfiles) {
      if (rnd() >= (profile.offered[sizeIndex] as number)) continue;
      offers.push({
        code: profile.code,
        daily: 0,
        serviceMinutes: Math.round(profile.serviceMinutes * between(0.8, 1.25) * 10) / 10,
        waitFactor: profile.waitFactor,
        season: profile.season,
        quota: null,
        files: profile.files ?? 0,
      });
    }
    const weights = offers.map((o) => typeProfiles.find((t) => t.code === o.code)?.weight ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    for (const [j, offer] of offers.entries()) {
      offer.daily = (scale * (weights[j] as number)) / total;
      const quotaShare = typeProfiles.find((t) => t.code === offer.code)?.quota;
      // About half the sites cap these types; the quota sits near the usual demand, so busy days run out.
      if (quotaShare && rnd() < 0.5)
        offer.quota = Math.max(5, Math.round(offer.daily * quotaShare * between(1, 1.3)));
    }
    return {
      id: generatedSiteId(seed, code),
      code,
      name: `MPP ${region.city}`,
      province: region.province,
      city: region.city,
      address: `${streets[Math.floor(rnd() * streets.length)]} No. ${1 + Math.floor(rnd() * 120)}, ${region.city.replace(/^(Kota Administrasi|Kota|Kabupaten) /, '')}`,
      timezone: region.timezone,
      size: region.size,
      saturday: rnd() < (region.size === 'small' ? 0.25 : 0.6),
      waitMinutes:
        Math.round((6 + 34 * (1 - quality) ** 1.5 + between(-2, 4)) * (1 + 0.3 * sizeIndex) * 10) / 10,
      volumeTrend: between(-0.15, 0.45),
      waitTrend: between(-0.45, 0.35),
      noShow: between(0.02, 0.06) + 0.08 * (1 - quality),
      booths: Math.round([between(6, 14), between(14, 30), between(28, 55)][sizeIndex] as number),
      punctuality: Math.min(0.99, 0.6 + 0.35 * quality + between(-0.05, 0.05)),
      filesOnTime: Math.min(0.99, 0.55 + 0.4 * quality + between(-0.08, 0.05)),
      surveyRate: between(0.05, 0.3),
      surveyMean: Math.min(3.9, 2.8 + 0.9 * quality + between(-0.1, 0.1)),
      complaintsOnTime: Math.min(1, 0.5 + 0.45 * quality + between(-0.1, 0.1)),
      offers,
    };
  });
}
