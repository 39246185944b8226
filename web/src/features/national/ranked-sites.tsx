import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNationalFormat } from './format.ts';
import { AsOf, ChartSlot, FigureText, RankingChart, SiteName } from './parts.tsx';
import type { Measure, RankedSite } from './types.ts';

/** Rows drawn at first: 200 sites are 200 cards on a phone; the rest come on request, or through the search. */
const FIRST_ROWS = 50;

/**
 * Sites ranked on one measure (the national ranking, a service type's comparison): a summary, the chart and the
 * table with rank, site, value, sample and "data as of". A site whose data is old keeps its row, marked as such
 * in words (row, chart tooltip and badge), so it is never read as current.
 */
export function RankedSites({
  measure,
  sites,
  median,
  period,
  caption,
}: {
  measure: Measure;
  sites: RankedSite[];
  median: number | null;
  period: { from: string; to: string };
  caption: string;
}) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const [all, setAll] = useState(false);
  const [needle, setNeedle] = useState('');
  const ranked = sites.filter((s) => s.rank !== null);
  const wanted = needle.trim().toLowerCase();
  const found = wanted
    ? sites.filter((s) => `${s.site.name} ${s.site.city ?? ''} ${s.site.code}`.toLowerCase().includes(wanted))
    : sites;
  const rows = all || wanted ? found : found.slice(0, FIRST_ROWS);
  const stale = sites.filter((s) => s.site.stale).length;
  if (sites.length === 0)
    return (
      <p className="nat-empty" data-testid="nat-empty">
        {t('national.empty')}
      </p>
    );
  return (
    <>
      <p className="hint" data-testid="nat-summary">
        {t('national.summary', {
          from: f.month(period.from),
          to: f.month(period.to),
          sites: f.int(sites.length),
          ranked: f.int(ranked.length),
        })}
        {median !== null && ` · ${t('national.median', { value: f.value(measure, median) })}`}
      </p>
      {stale > 0 && (
        <p className="nat-stale-note" role="note">
          {t('national.stale.note', { count: stale })}
        </p>
      )}
      {ranked.length > 0 && (
        <ChartSlot>
          <RankingChart
            label={measure.label[f.lang]}
            caption={caption}
            locale={f.locale}
            percent={measure.unit === 'share'}
            items={ranked.map((s) => ({
              label: s.site.stale ? `${s.site.name} (${t('national.stale.short')})` : s.site.name,
              value: s.figure.value,
              stale: s.site.stale,
            }))}
          />
        </ChartSlot>
      )}
      {ranked.length > 40 && <p className="hint">{t('national.chartField')}</p>}
      {sites.length > FIRST_ROWS && (
        <form className="toolbar" aria-label={t('national.find')} onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('national.find')}
            <input type="search" value={needle} onChange={(e) => setNeedle(e.target.value)} />
          </label>
        </form>
      )}
      <table className="data-table nat-table" data-testid="nat-ranking">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('national.table.rank')}</th>
            <th scope="col">{t('national.table.site')}</th>
            <th scope="col">{t('national.table.value')}</th>
            <th scope="col">{t('national.table.sample')}</th>
            <th scope="col">{t('national.table.asOf')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.site.id} className={s.site.stale ? 'nat-row-stale' : undefined}>
              <td className="nat-rank">{s.rank ?? '–'}</td>
              <th scope="row" className="nat-site">
                <SiteName site={s.site} period={period} />
                <small>{[s.site.city, s.site.province].filter(Boolean).join(', ')}</small>
              </th>
              <td data-label={t('national.table.value')}>
                <FigureText measure={measure} figure={s.figure} />
              </td>
              <td data-label={t('national.table.sample')}>
                {f.int(s.figure.sample)} <span className="hint">{measure.sampleOf[f.lang]}</span>
              </td>
              <td data-label={t('national.table.asOf')}>
                <AsOf site={s.site} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {wanted && found.length === 0 && (
        <p className="nat-empty">{t('national.notFound', { text: needle })}</p>
      )}
      {rows.length < found.length && (
        <p>
          <button type="button" onClick={() => setAll(true)}>
            {t('national.showAll', { count: found.length })}
          </button>
        </p>
      )}
    </>
  );
}
