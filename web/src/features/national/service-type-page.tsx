import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { measuresQuery, provincesQuery, serviceTypesQuery, typeComparisonQuery } from './api.ts';
import { changeFilters, type Filters, linkWith, readFilters } from './filters.ts';
import { useNationalFormat } from './format.ts';
import {
  DEFAULT_MEASURE,
  FilterForm,
  MeasureDefinition,
  MeasureSelect,
  PeerFields,
  PeriodFields,
} from './parts.tsx';
import { RankedSites } from './ranked-sites.tsx';
import type { MeasureId, ServiceTypes } from './types.ts';

/**
 * /nasional/layanan/:type — one national service type (e.g. passport) in every MPP that offers it, on a measure
 * kept per type: like is compared with like, whatever each site calls its local service. Without a type: the
 * types with data in the period, to pick from.
 */
export function ServiceTypePage() {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const { type } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const measures = useQuery(measuresQuery);
  const perType = measures.data?.measures.filter((m) => m.byServiceType) ?? [];
  const measureId = (
    perType.some((m) => m.id === filters.measure)
      ? filters.measure
      : perType.some((m) => m.id === DEFAULT_MEASURE)
        ? DEFAULT_MEASURE
        : perType[0]?.id
  ) as MeasureId | undefined;
  const effective: Filters = { ...filters, measure: measureId ?? null };
  const types = useQuery(serviceTypesQuery(filters));
  const comparison = useQuery({
    ...typeComparisonQuery(type ?? '', effective),
    enabled: Boolean(type && measureId),
    placeholderData: (previous) => previous,
  });
  const provinces = useQuery({
    ...provincesQuery({ ...effective, province: null, kind: null, size: null }),
    enabled: Boolean(type && measureId),
  });
  const set = (changes: Partial<Filters>) => setParams(changeFilters(params, changes), { replace: true });
  const measure = perType.find((m) => m.id === measureId);
  const d = comparison.data;
  return (
    <section className="nat-page" aria-busy={comparison.isPlaceholderData}>
      <h1>{type ? t('national.types.headingOne', { type }) : t('national.types.heading')}</h1>
      <p className="nat-lead">{t('national.types.intro')}</p>
      <FilterForm lead={type} measure={measure} period={d?.period ?? types.data?.period} filters={filters}>
        <label className="nat-wide">
          {t('national.filters.type')}
          <select
            value={type ?? ''}
            onChange={(e) =>
              e.target.value &&
              navigate(`/nasional/layanan/${encodeURIComponent(e.target.value)}?${params}`, {
                replace: !type,
              })
            }
          >
            {!type && <option value="">{t('national.types.pick')}</option>}
            {type && !types.data?.types.some((x) => x.code === type) && <option value={type}>{type}</option>}
            {types.data?.types.map((x) => (
              <option key={x.code} value={x.code}>
                {t('national.types.option', { type: x.code, count: x.sites })}
              </option>
            ))}
          </select>
        </label>
        {type && measureId && (
          <MeasureSelect measures={perType} value={measureId} onChange={(m) => set({ measure: m })} />
        )}
        <PeriodFields filters={filters} shown={d?.period ?? types.data?.period} onChange={set} />
        {type && (
          <PeerFields
            filters={filters}
            provinces={provinces.data?.provinces.map((p) => p.province) ?? []}
            onChange={set}
          />
        )}
      </FilterForm>
      {type && measure && <MeasureDefinition measure={measure} />}
      {!type &&
        (types.data ? <TypeList types={types.data} filters={filters} /> : <QueryState query={types} />)}
      {type && !d && <QueryState query={comparison.isError ? comparison : measures} />}
      {type && d && (
        <RankedSites
          measure={d.measure}
          sites={d.sites}
          median={d.median}
          period={d.period}
          caption={t('national.types.caption', {
            type: d.serviceType,
            measure: d.measure.label[f.lang],
            from: f.month(d.period.from),
            to: f.month(d.period.to),
          })}
        />
      )}
    </section>
  );
}

/** The types with data in the period, most widely offered first, each a link to its comparison. */
function TypeList({ types, filters }: { types: ServiceTypes; filters: Filters }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  if (types.types.length === 0) return <p className="nat-empty">{t('national.empty')}</p>;
  return (
    <table className="data-table nat-table" data-testid="nat-types">
      <caption className="visually-hidden">
        {t('national.types.listCaption', { from: f.month(types.period.from), to: f.month(types.period.to) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('national.table.type')}</th>
          <th scope="col">{t('national.table.sites')}</th>
          <th scope="col">{t('national.table.served')}</th>
        </tr>
      </thead>
      <tbody>
        {[...types.types]
          .sort((a, b) => b.sites - a.sites || a.code.localeCompare(b.code))
          .map((x) => (
            <tr key={x.code}>
              <th scope="row">
                <Link
                  to={linkWith(`/nasional/layanan/${encodeURIComponent(x.code)}`, filters, ['from', 'to'])}
                >
                  {x.code}
                </Link>
              </th>
              <td data-label={t('national.table.sites')}>{f.int(x.sites)}</td>
              <td data-label={t('national.table.served')}>{f.int(x.served)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
