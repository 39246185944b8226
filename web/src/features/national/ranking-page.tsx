import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { measuresQuery, provincesQuery, rankingQuery } from './api.ts';
import { changeFilters, type Filters, readFilters } from './filters.ts';
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
import type { MeasureId } from './types.ts';

/**
 * /nasional — every MPP on one measure for a period, ranked, within a peer group if asked (province, city or
 * regency, size). Every choice is in the address, so the view can be shared as it is.
 */
export function RankingPage() {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const measureId = (filters.measure ?? DEFAULT_MEASURE) as MeasureId;
  const effective: Filters = { ...filters, measure: measureId };
  const measures = useQuery(measuresQuery);
  const ranking = useQuery({ ...rankingQuery(effective), placeholderData: (previous) => previous });
  // The province list for the filter: the rollup of the same measure and period (one light request).
  const provinces = useQuery(provincesQuery({ ...effective, province: null, kind: null, size: null }));
  const set = (changes: Partial<Filters>) => setParams(changeFilters(params, changes), { replace: true });
  const measure = measures.data?.measures.find((m) => m.id === measureId) ?? ranking.data?.measure;
  const d = ranking.data;
  return (
    <section className="nat-page" aria-busy={ranking.isPlaceholderData}>
      <h1>{t('national.ranking.heading')}</h1>
      <p className="nat-lead">{t('national.ranking.intro')}</p>
      <FilterForm measure={measure} period={d?.period} filters={filters}>
        {measures.data && (
          <MeasureSelect
            measures={measures.data.measures}
            value={measureId}
            onChange={(m) => set({ measure: m })}
          />
        )}
        <PeriodFields filters={filters} shown={d?.period} onChange={set} />
        <PeerFields
          filters={filters}
          provinces={provinces.data?.provinces.map((p) => p.province) ?? []}
          onChange={set}
        />
      </FilterForm>
      {measure && <MeasureDefinition measure={measure} />}
      {!d && <QueryState query={ranking} />}
      {d && (
        <RankedSites
          measure={d.measure}
          sites={d.sites}
          median={d.median}
          period={d.period}
          caption={t('national.ranking.caption', {
            measure: d.measure.label[f.lang],
            from: f.month(d.period.from),
            to: f.month(d.period.to),
          })}
        />
      )}
    </section>
  );
}
