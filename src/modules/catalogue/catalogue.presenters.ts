import type { ServiceSummaryRow } from './catalogue.repository.ts';
import type { getServiceDetail, listAgencyBooths } from './catalogue.service.ts';

/** What leaves the server about services: the same shapes for HTTP now and for real-time later. */

export function presentServiceSummary(r: Omit<ServiceSummaryRow, 'total'>) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    category: r.category,
    description: r.description,
    agency: { id: r.agencyId, code: r.agencyCode, name: r.agencyName, shortName: r.agencyShortName },
    bookable: r.bookable,
    dailyQuota: r.dailyQuota,
    active: r.active,
    completionTime: { amount: r.completionTimeAmount, unit: r.completionTimeUnit },
    fee: { amount: Number(r.feeAmount), isFree: r.feeIsFree },
  };
}

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
