/**
 * The national pages keep every choice in the address, so that a view can be shared or bookmarked as it is:
 * `/nasional?measure=wait_p50&from=2026-01&to=2026-06&province=Jawa%20Timur&kind=kota&size=large`. The server
 * validates the values (an unknown measure is its 400, shown on the page); here they are only read and written.
 */

const FILTER_KEYS = ['measure', 'from', 'to', 'province', 'kind', 'size'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string | null>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The filters in the address; a month that is not YYYY-MM is left out (the server's default period applies). */
export function readFilters(params: URLSearchParams): Filters {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) || null])) as Filters;
  for (const k of ['from', 'to'] as const) if (filters[k] && !MONTH.test(filters[k])) filters[k] = null;
  return filters;
}

/**
 * The address with some filters changed (null removes one). Other parameters are kept. A period whose end
 * comes before its start is put right by moving the other end, never sent to the server as it is.
 */
export function changeFilters(params: URLSearchParams, changes: Partial<Filters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const from = next.get('from');
  const to = next.get('to');
  if (from && to && from > to) {
    if ('from' in changes) next.set('to', from);
    else next.set('from', to);
  }
  return next;
}

/** The query string the API reads for these filters (only those set), in a stable order for the cache key. */
export function filterQuery(filters: Partial<Filters>, keys: readonly FilterKey[] = FILTER_KEYS): string {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query.toString();
}

/** A link to another national page carrying some filters along (e.g. a province's row → the ranking in it). */
export function linkWith(path: string, filters: Partial<Filters>, keys: readonly FilterKey[] = FILTER_KEYS) {
  const query = filterQuery(filters, keys);
  return query ? `${path}?${query}` : path;
}
