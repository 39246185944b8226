import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Filters, linkWith } from './filters.ts';
import { useNationalFormat } from './format.ts';
import type { Figure, Measure, MeasureId, SiteRef } from './types.ts';

/** The chart chunk (chart.js): fetched after the page's figures, never blocking them. */
export const RankingChart = lazy(() => import('./charts.tsx'));
export const TrendChart = lazy(() => import('./charts.tsx').then((m) => ({ default: m.TrendChart })));

/** A chart's place while its code arrives (or if it cannot: the table beside it has every figure). */
export function ChartSlot({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="hint nat-chart-wait" aria-busy="true">
          {t('national.chartLoading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** The measure when the address names none: how long people wait is what the public asks first. */
export const DEFAULT_MEASURE: MeasureId = 'wait_p50';

/** What a measure means, shown beside every figure of it: the one definition the server applies. */
export function MeasureDefinition({
  measure,
  open = false,
  compact = false,
}: {
  measure: Measure;
  open?: boolean;
  /** In a table of measures: the measure's name opens its definition. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  return (
    <details className="nat-definition" open={open}>
      <summary>
        {compact ? measure.label[f.lang] : t('national.definition.title', { measure: measure.label[f.lang] })}
        <span className="nat-direction"> · {t(`national.direction.${measure.direction}`)}</span>
      </summary>
      <p>{measure.definition[f.lang]}</p>
      <p className="hint">
        {t('national.definition.sample', { sample: measure.sampleOf[f.lang], minimum: measure.minSample })}{' '}
        {t(`national.definition.kind.${measure.kind}`)}
      </p>
    </details>
  );
}

/** A site's name, linked to its profile, with what a reader must know before comparing it. */
export function SiteName({
  site,
  link = true,
  period,
}: {
  site: SiteRef;
  link?: boolean;
  /** The period on screen, carried to the profile. */
  period?: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const to = linkWith(`/nasional/situs/${encodeURIComponent(site.code)}`, period ?? {}, ['from', 'to']);
  return (
    <>
      {link ? <Link to={to}>{site.name}</Link> : site.name}
      {site.generated && (
        <span className="nat-badge nat-generated" title={t('national.generatedHint')}>
          {t('national.generated')}
        </span>
      )}
    </>
  );
}

/**
 * "Data as of": the last time everything from the site had arrived. A stale site says so in words, next to its
 * time, so that its figures are never read as current.
 */
export function AsOf({ site }: { site: SiteRef }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  if (!site.dataAsOf) return <span className="nat-badge nat-stale">{t('national.stale.never')}</span>;
  return (
    <span className={site.stale ? 'nat-asof nat-asof-stale' : 'nat-asof'}>
      <time dateTime={site.dataAsOf}>{f.asOf(site.dataAsOf)}</time>
      {site.stale && (
        <span className="nat-badge nat-stale" title={t('national.stale.hint')}>
          {t('national.stale.badge', { ago: f.ago(site.dataAsOf) })}
        </span>
      )}
    </span>
  );
}

/** A figure with its grade or zone, or why there is none (no data, a sample under the minimum). */
export function FigureText({ measure, figure }: { measure: Measure; figure: Figure }) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  if (figure.value === null)
    return (
      <span className="nat-none">
        {figure.sample > 0 && !figure.enough
          ? t('national.tooFew', { minimum: measure.minSample })
          : t('national.noData')}
      </span>
    );
  return (
    <span className="nat-figure">
      <strong>{f.value(measure, figure.value)}</strong>
      {figure.label && <span className="nat-label"> {figure.label}</span>}
      {figure.zone && (
        <span className={`nat-badge nat-zone-${figure.zone}`}>{t(`national.zone.${figure.zone}`)}</span>
      )}
    </span>
  );
}

/** The measure picker, grouped as the page offers them (all, or only those kept per service type). */
export function MeasureSelect({
  measures,
  value,
  onChange,
}: {
  measures: Measure[];
  value: MeasureId;
  onChange: (id: MeasureId) => void;
}) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  return (
    <label className="nat-wide">
      {t('national.filters.measure')}
      <select value={value} onChange={(e) => onChange(e.target.value as MeasureId)}>
        {measures.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label[f.lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** From which month to which: whole months, as the facts are kept. Empty: the server's last 12 months. */
export function PeriodFields({
  filters,
  shown,
  onChange,
}: {
  filters: Filters;
  shown?: { from: string; to: string };
  onChange: (changes: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('national.filters.from')}
        <input
          type="month"
          value={filters.from ?? shown?.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value || null })}
        />
      </label>
      <label>
        {t('national.filters.to')}
        <input
          type="month"
          value={filters.to ?? shown?.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value || null })}
        />
      </label>
    </>
  );
}

/** The peer group: province, city or regency, size band. */
export function PeerFields({
  filters,
  provinces,
  onChange,
}: {
  filters: Filters;
  provinces: string[];
  onChange: (changes: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('national.filters.province')}
        <select
          value={filters.province ?? ''}
          onChange={(e) => onChange({ province: e.target.value || null })}
        >
          <option value="">{t('national.filters.allProvinces')}</option>
          {filters.province && !provinces.includes(filters.province) && (
            <option value={filters.province}>{filters.province}</option>
          )}
          {provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('national.filters.kind')}
        <select value={filters.kind ?? ''} onChange={(e) => onChange({ kind: e.target.value || null })}>
          <option value="">{t('national.filters.allKinds')}</option>
          {(['city', 'regency', 'other'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`national.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('national.filters.size')}
        <select value={filters.size ?? ''} onChange={(e) => onChange({ size: e.target.value || null })}>
          <option value="">{t('national.filters.allSizes')}</option>
          {(['small', 'medium', 'large'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`national.size.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/**
 * The page's choices. On a wide screen they are open; on a phone they start folded under one line that says what is
 * chosen, so that the figures are on the first screen and not under six fields.
 */
export function FilterForm({
  lead,
  measure,
  period,
  filters,
  children,
}: {
  /** What comes first in the folded line (the service type). */
  lead?: string | undefined;
  measure?: Measure | undefined;
  period?: { from: string; to: string } | undefined;
  filters: Filters;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useNationalFormat();
  const [open] = useState(() => window.matchMedia('(min-width: 701px)').matches);
  const chosen = [
    lead,
    measure?.label[f.lang],
    period && `${f.month(period.from)}–${f.month(period.to)}`,
    filters.province,
    filters.kind && t(`national.kind.${filters.kind}`, filters.kind),
    filters.size && t(`national.size.${filters.size}`, filters.size),
  ].filter(Boolean);
  return (
    <details className="nat-filterbox" open={open}>
      <summary>
        {t('national.filters.title')}
        <span className="nat-chosen">: {chosen.join(' · ')}</span>
      </summary>
      <form
        className="toolbar nat-filters"
        aria-label={t('national.filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        {children}
      </form>
    </details>
  );
}
