import type { getServiceDetail, listAgencyBooths } from './catalogue.service.ts';
import { presentServiceSummary } from './catalogue.summary.ts';
import { serviceTypeGroups, serviceTypeOf } from './service-types.data.ts';

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
    siteId: service.siteId,
    serviceType: presentServiceType(service.serviceTypeCode),
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

/** A service's national type, with its group's names (null when not mapped). */
export function presentServiceType(code: string | null) {
  const type = code === null ? undefined : serviceTypeOf(code);
  if (!type) return null;
  const group = serviceTypeGroups[type.group];
  return { ...type, groupNameId: group.id, groupNameEn: group.en };
}
