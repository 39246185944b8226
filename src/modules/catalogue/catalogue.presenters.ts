import type { getServiceDetail, listAgencyBooths } from './catalogue.service.ts';
import { presentServiceSummary } from './catalogue.summary.ts';

/** What leaves the server about services: the same shapes for HTTP now and for real-time later. */

export function presentServiceDetail(d: Awaited<ReturnType<typeof getServiceDetail>>) {
  const { service, standard, booths } = d;
  return {
    ...presentServiceSummary({
      ...service,
      completionTimeAmount: standard.standard.completionTime.amount,
      completionTimeUnit: standard.standard.completionTime.unit,
      feeAmount: standard.standard.fee.amount,
      feeIsFree: standard.standard.fee.isFree,
    }),
    keywords: service.keywords,
    averageServiceMinutes: service.averageServiceMinutes,
    currentVersion: service.currentStandardVersion,
    booths: booths.map((b) => ({
      id: b.id,
      name: b.name,
      zone: b.zone,
      floor: b.floor,
      queuePrefix: b.queuePrefix,
      site: { id: b.siteId, code: b.siteCode, name: b.siteName },
    })),
    standard,
  };
}

export function presentAgencyBooths(rows: Awaited<ReturnType<typeof listAgencyBooths>>) {
  return rows.map((b) => ({
    id: b.id,
    name: b.name,
    zone: b.zone,
    floor: b.floor,
    queuePrefix: b.queuePrefix,
    site: { id: b.siteId, code: b.siteCode, name: b.siteName, address: b.siteAddress },
  }));
}
