import { api } from '../../lib/api.ts';
import { type Filters, filterQuery } from './filters.ts';
import type { Measures, Profile, Provinces, Ranking, ServiceTypes, TypeComparison } from './types.ts';

/**
 * The hub's national API (/api/national), one query per screen. Each key holds the query string as sent, so
 * a view shared by its address reads the same cache entry as the one that produced it.
 */

const PERIOD = ['from', 'to'] as const;
const PEERS = ['measure', 'from', 'to', 'province', 'kind', 'size'] as const;

/** The measures and their definitions: the same for every page and every visit. */
export const measuresQuery = {
  queryKey: ['national', 'measures'],
  queryFn: () => api<Measures>('/api/national/measures'),
  staleTime: Number.POSITIVE_INFINITY,
};

export function rankingQuery(filters: Filters) {
  const query = filterQuery(filters, PEERS);
  return {
    queryKey: ['national', 'ranking', query],
    queryFn: () => api<Ranking>(`/api/national/ranking?${query}`),
  };
}

export function profileQuery(site: string, filters: Filters) {
  const query = filterQuery(filters, PERIOD);
  return {
    queryKey: ['national', 'site', site, query],
    queryFn: () => api<Profile>(`/api/national/sites/${encodeURIComponent(site)}?${query}`),
  };
}

export function serviceTypesQuery(filters: Filters) {
  const query = filterQuery(filters, PERIOD);
  return {
    queryKey: ['national', 'service-types', query],
    queryFn: () => api<ServiceTypes>(`/api/national/service-types?${query}`),
  };
}

export function typeComparisonQuery(type: string, filters: Filters) {
  const query = filterQuery(filters, PEERS);
  return {
    queryKey: ['national', 'service-type', type, query],
    queryFn: () =>
      api<TypeComparison>(`/api/national/service-types/${encodeURIComponent(type)}/comparison?${query}`),
  };
}

export function provincesQuery(filters: Filters) {
  const query = filterQuery(filters, ['measure', 'from', 'to']);
  return {
    queryKey: ['national', 'provinces', query],
    queryFn: () => api<Provinces>(`/api/national/provinces?${query}`),
  };
}
