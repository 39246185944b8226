import type { Executor } from '../../shared/db/database.ts';

/**
 * Does a service's current standard cover all 14 components of UU 25/2009 Art. 21, and was it reviewed (a version
 * saved) in the last year? PEKPPP's first indicator and the Ombudsman's first dimension ask exactly this. The
 * standard's schema requires every component of a version saved through the API; versions imported or written
 * before a component was required may still lack one, so each is checked here.
 */

interface StandardComponents {
  requirements: unknown;
  procedure: unknown;
  completionTimeAmount: number;
  feeAmount: number | string;
  feeIsFree: boolean;
  product: string;
  complaintChannels: unknown;
  legalBasis: unknown;
  facilities: unknown;
  implementerCompetence: unknown;
  internalSupervision: string;
  implementerCount: number;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
}

const listed = (v: unknown) => Array.isArray(v) && v.length > 0;
const written = (v: string) => v.trim() !== '';

/** The components (of 14) a standard lacks, by their Indonesian names. Pure. */
export function missingComponents(s: StandardComponents): string[] {
  const checks: [string, boolean][] = [
    ['persyaratan', listed(s.requirements)],
    ['sistem, mekanisme dan prosedur', listed(s.procedure)],
    ['jangka waktu penyelesaian', s.completionTimeAmount > 0],
    ['biaya/tarif', s.feeIsFree || Number(s.feeAmount) > 0],
    ['produk pelayanan', written(s.product)],
    ['penanganan pengaduan, saran dan masukan', listed(s.complaintChannels)],
    ['dasar hukum', listed(s.legalBasis)],
    ['sarana, prasarana dan/atau fasilitas', listed(s.facilities)],
    ['kompetensi pelaksana', listed(s.implementerCompetence)],
    ['pengawasan internal', written(s.internalSupervision)],
    ['jumlah pelaksana', s.implementerCount > 0],
    ['jaminan pelayanan', written(s.serviceGuarantee)],
    ['jaminan keamanan dan keselamatan', written(s.securityGuarantee)],
    ['evaluasi kinerja pelaksana', written(s.performanceEvaluation)],
  ];
  return checks.filter(([, ok]) => !ok).map(([name]) => name);
}

/**
 * The active services offered at a unit's booths (a site, an agency at it, or one booth), each with its current
 * standard's missing components and when that version was saved. Unscoped: the caller checks who may read.
 */
export async function unitStandards(
  db: Executor,
  unit: { siteId: string; agencyId: string | null; boothId: string | null },
) {
  const rows = await db
    .selectFrom('services as s')
    .innerJoin('serviceStandardVersions as v', (j) =>
      j.onRef('v.serviceId', '=', 's.id').onRef('v.version', '=', 's.currentStandardVersion'),
    )
    .select([
      's.id',
      's.code',
      's.name',
      'v.createdAt as reviewedAt',
      'v.requirements',
      'v.procedure',
      'v.completionTimeAmount',
      'v.feeAmount',
      'v.feeIsFree',
      'v.product',
      'v.complaintChannels',
      'v.legalBasis',
      'v.facilities',
      'v.implementerCompetence',
      'v.internalSupervision',
      'v.implementerCount',
      'v.serviceGuarantee',
      'v.securityGuarantee',
      'v.performanceEvaluation',
    ])
    .where('s.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('serviceBooths as sb')
          .innerJoin('booths as b', 'b.id', 'sb.boothId')
          .select('sb.boothId')
          .whereRef('sb.serviceId', '=', 's.id')
          .where('b.siteId', '=', unit.siteId)
          .$if(unit.agencyId !== null, (q) => q.where('b.agencyId', '=', unit.agencyId as string))
          .$if(unit.boothId !== null, (q) => q.where('b.id', '=', unit.boothId as string)),
      ),
    )
    .orderBy('s.code')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    reviewedAt: r.reviewedAt,
    missing: missingComponents(r),
  }));
}
