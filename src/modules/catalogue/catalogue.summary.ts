import type { ServiceSummaryRow } from './catalogue.repository.ts';

/**
 * A service as a search result or list item leaves the server. Apart from catalogue.presenters.ts because the
 * service presents its cached search answers with it, and those presenters take the service's return types.
 */
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
