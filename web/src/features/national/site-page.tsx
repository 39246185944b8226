import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { measuresQuery, profileQuery } from './api.ts';
import { changeFilters, type Filters, linkWith, readFilters } from './filters.ts';
import { useNationalFormat } from './format.ts';
import {
  AsOf,
  ChartSlot,
  DEFAULT_MEASURE,
  FigureText,
  MeasureDefinition,
  MeasureSelect,
  PeriodFields,
  SiteName,
  TrendChart,
} from './parts.tsx';
import type { Measure, MeasureId, Profile } from './types.ts';

/**
 * /nasional/situs/:code — one MPP for a period: every measure with its definition, where it stands among its
 * peers (same kind of region, same size), its months, and the sites most like it to visit (studi banding).
 */
export function SitePage() {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const measures = useQuery(measuresQuery);
  const profile = useQuery({ ...profileQuery(code, filters), placeholderData: (previous) => previous });
  const set = (changes: Partial<Filters>) => setParams(changeFilters(params, changes), { replace: true });
  const d = profile.data;
  const defs = measures.data?.measures ?? [];
  if (!d || !measures.data)
    return (
      <section className="nat-page">
        <QueryState query={profile.isError ? profile : measures} />
      </section>
    );
  const byId = new Map(defs.map((m) => [m.id, m]));
  // One measure for the trend and the comparison with similar sites, kept in the address (`trend`).
  const withTrend = defs.filter((m) => m.kind === 'period');
  const chosen =
    withTrend.find((m) => m.id === params.get('trend')) ??
    byId.get(DEFAULT_MEASURE) ??
    withTrend[0] ??
    defs[0];
  const { site } = d;
  if (!chosen) return null;
  return (
    <section className="nat-page" aria-busy={profile.isPlaceholderData}>
      <p className="nat-crumbs">
        <Link to={linkWith('/nasional', filters, ['from', 'to'])}>{t('national.site.back')}</Link>
      </p>
      <h1>
        <SiteName site={site} link={false} />
      </h1>
      <p className="nat-lead">
        {[site.city, site.province].filter(Boolean).join(', ')} ·{' '}
        {t('national.site.group', {
          kind: t(`national.kind.${site.kind}`),
          size: t(`national.size.${site.sizeBand}`),
          served: f.int(Math.round(site.servedPerMonth)),
        })}
      </p>
      <p data-testid="nat-site-asof">
        {t('national.table.asOf')}: <AsOf site={site} />
      </p>
      {site.stale && (
        <p className="nat-stale-note" role="note">
          {t('national.stale.siteNote')}
        </p>
      )}
      <form
        className="toolbar nat-filters"
        aria-label={t('national.filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <PeriodFields filters={filters} shown={d.period} onChange={set} />
      </form>
      <h2>{t('national.site.measures')}</h2>
      <p className="hint">
        {t('national.site.peersIntro', {
          from: f.month(d.period.from),
          to: f.month(d.period.to),
          kind: t(`national.kind.${d.peerGroup.kind}`),
          size: t(`national.size.${d.peerGroup.size}`),
          count: d.peerGroup.sites,
        })}{' '}
        <Link
          to={linkWith('/nasional', { ...filters, kind: d.peerGroup.kind, size: d.peerGroup.size }, [
            'from',
            'to',
            'kind',
            'size',
          ])}
        >
          {t('national.site.peersRanking')}
        </Link>
      </p>
      <MeasureTable profile={d} byId={byId} />
      <h2>{t('national.site.compare')}</h2>
      <form className="toolbar" aria-label={t('national.site.compare')} onSubmit={(e) => e.preventDefault()}>
        <MeasureSelect
          measures={withTrend}
          value={chosen.id}
          onChange={(m) =>
            setParams(new URLSearchParams({ ...Object.fromEntries(params), trend: m }), { replace: true })
          }
        />
      </form>
      <MeasureDefinition measure={chosen} />
      <Trend profile={d} chosen={chosen} />
      <Similar profile={d} chosen={chosen} />
    </section>
  );
}

function MeasureTable({ profile, byId }: { profile: Profile; byId: Map<MeasureId, Measure> }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  return (
    <table className="data-table nat-table nat-measures" data-testid="nat-site-measures">
      <thead>
        <tr>
          <th scope="col">{t('national.table.measure')}</th>
          <th scope="col">{t('national.table.value')}</th>
          <th scope="col">{t('national.table.sample')}</th>
          <th scope="col">{t('national.table.peerRank')}</th>
          <th scope="col">{t('national.table.peerMedian')}</th>
          <th scope="col">{t('national.table.nationalMedian')}</th>
        </tr>
      </thead>
      <tbody>
        {profile.measures.map((row) => {
          const measure = byId.get(row.measure);
          if (!measure) return null;
          return (
            <tr key={row.measure}>
              <th scope="row" className="nat-site">
                <MeasureDefinition measure={measure} compact />
              </th>
              <td data-label={t('national.table.value')}>
                <FigureText measure={measure} figure={row.figure} />
              </td>
              <td data-label={t('national.table.sample')}>
                {f.int(row.figure.sample)} <span className="hint">{measure.sampleOf[f.lang]}</span>
              </td>
              <td data-label={t('national.table.peerRank')}>
                {row.peerRank === null
                  ? '—'
                  : t('national.site.rankOf', { rank: row.peerRank, of: row.peerRanked })}
              </td>
              <td data-label={t('national.table.peerMedian')}>{f.value(measure, row.peerMedian)}</td>
              <td data-label={t('national.table.nationalMedian')}>{f.value(measure, row.nationalMedian)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Trend({ profile, chosen }: { profile: Profile; chosen: Measure }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  if (profile.trend.length === 0) return null;
  const values = profile.trend.map((p) => p.values.find((v) => v.measure === chosen.id)?.value ?? null);
  const months = profile.trend.map((p) => f.month(p.month));
  const caption = t('national.site.trendCaption', { measure: chosen.label[f.lang], site: profile.site.name });
  return (
    <>
      <h3>{t('national.site.trend')}</h3>
      <ChartSlot>
        <TrendChart
          caption={caption}
          months={months}
          series={[{ label: chosen.label[f.lang], values }]}
          locale={f.locale}
          percent={chosen.unit === 'share'}
        />
      </ChartSlot>
      <details>
        <summary>{t('national.site.trendTable')}</summary>
        <table className="data-table" data-testid="nat-trend">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('national.table.month')}</th>
              <th scope="col">{chosen.label[f.lang]}</th>
            </tr>
          </thead>
          <tbody>
            {profile.trend.map((p, i) => (
              <tr key={p.month}>
                <th scope="row">{months[i]}</th>
                <td>{f.value(chosen, values[i] ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/**
 * "Sites like mine": the nearest peers by size, each a link to its profile, on the measure chosen above, with
 * this site's own row first to compare against.
 */
function Similar({ profile, chosen }: { profile: Profile; chosen: Measure }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const own = profile.measures.find((m) => m.measure === chosen.id)?.figure.value ?? null;
  return (
    <>
      <h3>{t('national.site.similar')}</h3>
      <p className="hint">{t('national.site.similarIntro')}</p>
      {profile.similar.length === 0 ? (
        <p className="nat-empty">{t('national.site.noSimilar')}</p>
      ) : (
        <table className="data-table nat-table" data-testid="nat-similar">
          <thead>
            <tr>
              <th scope="col">{t('national.table.site')}</th>
              <th scope="col">{t('national.table.servedPerMonth')}</th>
              <th scope="col">{chosen.label[f.lang]}</th>
              <th scope="col">{t('national.table.asOf')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="nat-row-own">
              <th scope="row" className="nat-site">
                {profile.site.name} <span className="nat-badge nat-own">{t('national.site.thisSite')}</span>
              </th>
              <td data-label={t('national.table.servedPerMonth')}>
                {f.int(Math.round(profile.site.servedPerMonth))}
              </td>
              <td data-label={chosen.label[f.lang]}>{f.value(chosen, own)}</td>
              <td data-label={t('national.table.asOf')}>
                <AsOf site={profile.site} />
              </td>
            </tr>
            {profile.similar.map((s) => (
              <tr key={s.site.id} className={s.site.stale ? 'nat-row-stale' : undefined}>
                <th scope="row" className="nat-site">
                  <SiteName site={s.site} period={profile.period} />
                  <small>{[s.site.city, s.site.province].filter(Boolean).join(', ')}</small>
                </th>
                <td data-label={t('national.table.servedPerMonth')}>
                  {f.int(Math.round(s.site.servedPerMonth))}
                </td>
                <td data-label={chosen.label[f.lang]}>
                  {f.value(chosen, s.values.find((v) => v.measure === chosen.id)?.value ?? null)}
                </td>
                <td data-label={t('national.table.asOf')}>
                  <AsOf site={s.site} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
