import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { measuresQuery, provincesQuery } from './api.ts';
import { changeFilters, type Filters, linkWith, readFilters } from './filters.ts';
import { useNationalFormat } from './format.ts';
import {
  ChartSlot,
  DEFAULT_MEASURE,
  FigureText,
  FilterForm,
  MeasureDefinition,
  MeasureSelect,
  PeriodFields,
  RankingChart,
} from './parts.tsx';
import type { MeasureId, Provinces } from './types.ts';

/**
 * /nasional/provinsi — each province's MPPs together on one measure (their pooled tickets, files, responses),
 * with the median of its sites beside it; a province leads to the ranking of its own sites.
 */
export function ProvincesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const measureId = (filters.measure ?? DEFAULT_MEASURE) as MeasureId;
  const effective: Filters = { ...filters, measure: measureId, province: null, kind: null, size: null };
  const measures = useQuery(measuresQuery);
  const provinces = useQuery({ ...provincesQuery(effective), placeholderData: (previous) => previous });
  const set = (changes: Partial<Filters>) => setParams(changeFilters(params, changes), { replace: true });
  const measure = measures.data?.measures.find((m) => m.id === measureId) ?? provinces.data?.measure;
  const d = provinces.data;
  return (
    <section className="nat-page" aria-busy={provinces.isPlaceholderData}>
      <h1>{t('national.provinces.heading')}</h1>
      <p className="nat-lead">{t('national.provinces.intro')}</p>
      <FilterForm measure={measure} period={d?.period} filters={filters}>
        {measures.data && (
          <MeasureSelect
            measures={measures.data.measures}
            value={measureId}
            onChange={(m) => set({ measure: m })}
          />
        )}
        <PeriodFields filters={filters} shown={d?.period} onChange={set} />
      </FilterForm>
      {measure && <MeasureDefinition measure={measure} />}
      {!d && <QueryState query={provinces} />}
      {d && <ProvinceTable data={d} effective={effective} />}
    </section>
  );
}

function ProvinceTable({ data, effective }: { data: Provinces; effective: Filters }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const { measure, period } = data;
  if (data.provinces.length === 0) return <p className="nat-empty">{t('national.empty')}</p>;
  const better = measure.direction === 'higher_better' ? -1 : 1;
  const charted = data.provinces
    .filter((p) => p.figure.value !== null)
    .sort((a, b) => better * ((a.figure.value ?? 0) - (b.figure.value ?? 0)));
  const caption = t('national.provinces.caption', {
    measure: measure.label[f.lang],
    from: f.month(period.from),
    to: f.month(period.to),
  });
  return (
    <>
      <p className="hint" data-testid="nat-summary">
        {t('national.provinces.summary', {
          from: f.month(period.from),
          to: f.month(period.to),
          provinces: data.provinces.length,
          sites: f.int(data.provinces.reduce((n, p) => n + p.sites, 0)),
        })}
      </p>
      {charted.length > 0 && (
        <ChartSlot>
          <RankingChart
            label={measure.label[f.lang]}
            caption={caption}
            locale={f.locale}
            percent={measure.unit === 'share'}
            items={charted.map((p) => ({ label: p.province, value: p.figure.value }))}
          />
        </ChartSlot>
      )}
      <table className="data-table nat-table" data-testid="nat-provinces">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('national.table.province')}</th>
            <th scope="col">{t('national.table.sites')}</th>
            <th scope="col">{t('national.table.pooled')}</th>
            <th scope="col">{t('national.table.sample')}</th>
            <th scope="col">{t('national.table.siteMedian')}</th>
          </tr>
        </thead>
        <tbody>
          {data.provinces.map((p) => (
            <tr key={p.province}>
              <th scope="row" className="nat-site">
                <Link
                  to={linkWith('/nasional', { ...effective, province: p.province }, [
                    'measure',
                    'from',
                    'to',
                    'province',
                  ])}
                >
                  {p.province}
                </Link>
              </th>
              <td data-label={t('national.table.sites')}>
                {f.int(p.sites)}
                {p.staleSites > 0 && (
                  <span className="nat-badge nat-stale">
                    {t('national.provinces.stale', { count: p.staleSites })}
                  </span>
                )}
              </td>
              <td data-label={t('national.table.pooled')}>
                <FigureText measure={measure} figure={p.figure} />
              </td>
              <td data-label={t('national.table.sample')}>
                {f.int(p.figure.sample)} <span className="hint">{measure.sampleOf[f.lang]}</span>
              </td>
              <td data-label={t('national.table.siteMedian')}>{f.value(measure, p.siteMedian)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
