import { useQuery } from '@tanstack/react-query';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ReactNode } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { SHORT_DAY, useDateFormat } from '../../lib/datetime.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { quickPeriod, useFigures } from './format.ts';
import type { Measures } from './types.ts';
import './complaint-measures.css';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

const KINDS = ['complaint', 'suggestion', 'information', 'appreciation'] as const;
const KIND_COLOURS = ['#b3261e', '#0b4f8a', '#8a5a00', '#1b7f4b'];
const BREAKDOWNS = ['agency', 'booth', 'service'] as const;

/** Today at the reader's clock, as YYYY-MM-DD (the server counts in the site's day; a quick choice only). */
const today = () => new Date().toLocaleDateString('en-CA');

/**
 * /kelola/pengaduan/statistik — the measures of complaints of a unit and period: the key figures, received per
 * month by kind, the on-time share, the subjects, the citizens' ratings, and a row per agency, booth or service
 * with its rate per 1,000 visitors; the same as a workbook. The unit and period are in the address. Each chart has
 * its data as a table beside it.
 */
export function ComplaintMeasuresPage() {
  const { t } = useTranslation();
  const date = useDateFormat();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of ['from', 'to', 'agency', 'booth', 'service', 'by'] as const) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const measures = useQuery({
    queryKey: ['complaint-measures', site?.code, query.toString()],
    queryFn: () => api<Measures>(`/api/complaints/sites/${site?.code}/measures?${query}`),
    enabled: Boolean(site && session.data),
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/pengaduan/statistik">{t('complaintMeasures.signInFirst')}</Link>;
  const m = measures.data;
  /** The address with some parameters changed (a drill-down link, or a filter's change). */
  const drill = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    return `?${p}`;
  };
  const set = (next: Record<string, string | null>) => setParams(new URLSearchParams(drill(next).slice(1)));
  return (
    <section className="cm-page">
      <h1>{t('complaintMeasures.heading')}</h1>
      <form
        className="toolbar"
        aria-label={t('complaintMeasures.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SiteSelect choice={choice} />
        <label>
          {t('complaintMeasures.agency')}
          <select
            value={params.get('agency') ?? ''}
            onChange={(e) => set({ agency: e.target.value || null, booth: null, service: null, by: null })}
          >
            {(m?.agencies.length ?? 0) !== 1 && (
              <option value="">{t('complaintMeasures.allAgencies')}</option>
            )}
            {m?.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintMeasures.quick')}
          <select
            value=""
            onChange={(e) => {
              const kind = e.target.value as 'quarter' | 'lastQuarter' | 'year' | '';
              if (kind) set(quickPeriod(kind, today()));
            }}
          >
            <option value="">—</option>
            {(['quarter', 'lastQuarter', 'year'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`complaintMeasures.quickChoices.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintMeasures.from')}
          <input
            type="date"
            value={params.get('from') ?? m?.period.from ?? ''}
            onChange={(e) =>
              e.target.value && set({ from: e.target.value, to: params.get('to') ?? m?.period.to ?? null })
            }
          />
        </label>
        <label>
          {t('complaintMeasures.to')}
          <input
            type="date"
            value={params.get('to') ?? m?.period.to ?? ''}
            onChange={(e) =>
              e.target.value &&
              set({ to: e.target.value, from: params.get('from') ?? m?.period.from ?? null })
            }
          />
        </label>
        <label>
          {t('complaintMeasures.rowsBy')}
          <select value={m?.by ?? ''} onChange={(e) => set({ by: e.target.value })}>
            {BREAKDOWNS.map((b) => (
              <option key={b} value={b}>
                {t(`complaintMeasures.by.${b}`)}
              </option>
            ))}
          </select>
        </label>
        {site && m && (
          <a
            className="button"
            href={`/api/complaints/sites/${site.code}/measures.xlsx?${query}`}
            download
            data-testid="cm-download"
          >
            {t('complaintMeasures.download')}
          </a>
        )}
      </form>
      {measures.isError && <p role="alert">{errorText(measures.error)}</p>}
      {measures.isLoading && <p>{t('complaintMeasures.loading')}</p>}
      {m && (
        <>
          <h2>
            {t(`complaintMeasures.units.${m.unit.kind}`)}: {m.unit.name}
          </h2>
          {m.unit.kind !== 'site' && (
            <p>
              <Link to={drill({ agency: null, booth: null, service: null, by: null })}>
                {t('complaintMeasures.backToSite')}
              </Link>
            </p>
          )}
          <p className="hint">
            {t('complaintMeasures.periodShown', {
              from: date.day(m.period.from, SHORT_DAY),
              to: date.day(m.period.to, SHORT_DAY),
              at: date.instant(m.at, m.site.timezone),
            })}
          </p>
          <Figures m={m} />
          <div className="chart-row">
            <MonthsChart m={m} />
            <OnTimeChart m={m} />
          </div>
          <div className="chart-row">
            <SubjectsChart m={m} />
            <RatingChart m={m} />
          </div>
          <Parts m={m} link={drill} />
          <p className="hint">{t('complaintMeasures.notes')}</p>
        </>
      )}
    </section>
  );
}

function Figures({ m }: { m: Measures }) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <ul className="stat-tiles" data-testid="cm-figures">
      <li>
        <strong data-testid="cm-received">{f.int(m.received)}</strong> {t('complaintMeasures.kpi.received')}
      </li>
      <li>
        <strong data-testid="cm-on-time">{f.pct(m.answered.onTimeShare)}</strong>{' '}
        {t('complaintMeasures.kpi.onTime', { answered: f.int(m.answered.count) })}
      </li>
      <li>
        <strong data-testid="cm-median">{f.dec(m.timeToAnswer.median)}</strong>{' '}
        {t('complaintMeasures.kpi.median', { p90: f.dec(m.timeToAnswer.p90) })}
      </li>
      <li>
        <strong data-testid="cm-open">{f.int(m.now.open)}</strong> {t('complaintMeasures.kpi.open')}
      </li>
      <li className={m.now.late > 0 ? 'cm-late' : undefined}>
        <strong data-testid="cm-late">{f.int(m.now.late)}</strong> {t('complaintMeasures.kpi.late')}
      </li>
      <li>
        <strong data-testid="cm-rating">{f.dec(m.rating.mean)}</strong>{' '}
        {t('complaintMeasures.kpi.rating', { count: m.rating.count })}
      </li>
      <li>
        <strong data-testid="cm-per-thousand">{f.dec(m.perThousand)}</strong>{' '}
        {t('complaintMeasures.kpi.perThousand', { visitors: f.int(m.visitors) })}
      </li>
    </ul>
  );
}

/** A chart with its caption and its data as a table under a disclosure (the chart alone says nothing to a screen reader). */
function Figure({ caption, children, table }: { caption: string; children: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="live-chart">
      <figcaption>{caption}</figcaption>
      {children}
      <details>
        <summary>{t('complaintMeasures.charts.table')}</summary>
        {table}
      </details>
    </figure>
  );
}

function MonthsChart({ m }: { m: Measures }) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <Figure
      caption={t('complaintMeasures.charts.months')}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('complaintMeasures.charts.month')}</th>
              {KINDS.map((k) => (
                <th scope="col" key={k}>
                  {t(`complaintMeasures.kinds.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.months.map((x) => (
              <tr key={x.month}>
                <th scope="row">{x.month}</th>
                {KINDS.map((k) => (
                  <td key={k}>{f.int(x.byKind[k])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Bar
        role="img"
        aria-label={t('complaintMeasures.charts.monthsChart')}
        data-testid="cm-chart-months"
        options={{
          responsive: true,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        }}
        data={{
          labels: m.months.map((x) => x.month),
          datasets: KINDS.map((k, i) => ({
            label: t(`complaintMeasures.kinds.${k}`),
            data: m.months.map((x) => x.byKind[k]),
            backgroundColor: KIND_COLOURS[i],
          })),
        }}
      />
    </Figure>
  );
}

function OnTimeChart({ m }: { m: Measures }) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <Figure
      caption={t('complaintMeasures.charts.onTime')}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('complaintMeasures.charts.month')}</th>
              <th scope="col">{t('complaintMeasures.parts.onTime')}</th>
              <th scope="col">{t('complaintMeasures.charts.share')}</th>
            </tr>
          </thead>
          <tbody>
            {m.months.map((x) => (
              <tr key={x.month}>
                <th scope="row">{x.month}</th>
                <td>
                  {f.int(x.onTime)} / {f.int(x.answered)}
                </td>
                <td>{f.pct(x.onTimeShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Line
        role="img"
        aria-label={t('complaintMeasures.charts.onTimeChart')}
        data-testid="cm-chart-on-time"
        options={{ responsive: true, spanGaps: true, scales: { y: { min: 0, max: 100 } } }}
        data={{
          labels: m.months.map((x) => x.month),
          datasets: [
            {
              label: t('complaintMeasures.charts.share'),
              data: m.months.map((x) =>
                x.onTimeShare === null ? null : Math.round(x.onTimeShare * 1000) / 10,
              ),
              borderColor: '#1b7f4b',
              backgroundColor: '#1b7f4b',
            },
          ],
        }}
      />
    </Figure>
  );
}

function SubjectsChart({ m }: { m: Measures }) {
  const { t } = useTranslation();
  const f = useFigures();
  const label = (s: string) => t(`complaintMeasures.subjects.${s}`);
  return (
    <Figure
      caption={t('complaintMeasures.charts.subjects')}
      table={
        <table className="data-table" data-testid="cm-subjects">
          <tbody>
            {m.subjects.map((s) => (
              <tr key={s.subject}>
                <th scope="row">{label(s.subject)}</th>
                <td>{f.int(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Bar
        role="img"
        aria-label={t('complaintMeasures.charts.subjectsChart')}
        data-testid="cm-chart-subjects"
        options={{ indexAxis: 'y', responsive: true, plugins: { legend: { display: false } } }}
        data={{
          labels: m.subjects.map((s) => label(s.subject)),
          datasets: [
            {
              label: t('complaintMeasures.charts.count'),
              data: m.subjects.map((s) => s.count),
              backgroundColor: '#0b4f8a',
            },
          ],
        }}
      />
    </Figure>
  );
}

function RatingChart({ m }: { m: Measures }) {
  const { t } = useTranslation();
  const f = useFigures();
  const labels = [1, 2, 3, 4].map((n) => t(`complaintMeasures.ratings.${n}`));
  return (
    <Figure
      caption={t('complaintMeasures.charts.rating')}
      table={
        <table className="data-table">
          <tbody>
            {m.rating.distribution.map((n, i) => (
              <tr key={labels[i]}>
                <th scope="row">{labels[i]}</th>
                <td>{f.int(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Bar
        role="img"
        aria-label={t('complaintMeasures.charts.ratingChart')}
        data-testid="cm-chart-rating"
        options={{
          responsive: true,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true } },
        }}
        data={{
          labels,
          datasets: [
            {
              label: t('complaintMeasures.charts.count'),
              data: m.rating.distribution,
              backgroundColor: ['#b3261e', '#8a5a00', '#0b4f8a', '#1b7f4b'],
            },
          ],
        }}
      />
    </Figure>
  );
}

/** A row's unit as the next filter: an agency, a booth (within its agency), a service (within the unit). */
function Parts({ m, link }: { m: Measures; link: (next: Record<string, string | null>) => string }) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <section aria-labelledby="cm-parts">
      <h3 id="cm-parts">
        {t('complaintMeasures.parts.heading')} ({t(`complaintMeasures.by.${m.by}`)})
      </h3>
      {m.parts.length === 0 ? (
        <p>{t('complaintMeasures.parts.none')}</p>
      ) : (
        <table className="data-table" data-testid="cm-parts">
          <thead>
            <tr>
              <th scope="col">{t('complaintMeasures.parts.unit')}</th>
              <th scope="col">{t('complaintMeasures.parts.received')}</th>
              <th scope="col">{t('complaintMeasures.parts.complaints')}</th>
              <th scope="col">{t('complaintMeasures.parts.onTime')}</th>
              <th scope="col">{t('complaintMeasures.parts.median')}</th>
              <th scope="col">{t('complaintMeasures.parts.open')}</th>
              <th scope="col">{t('complaintMeasures.parts.late')}</th>
              <th scope="col">{t('complaintMeasures.parts.rating')}</th>
              <th scope="col">{t('complaintMeasures.parts.visitors')}</th>
              <th scope="col">{t('complaintMeasures.parts.perThousand')}</th>
            </tr>
          </thead>
          <tbody>
            {m.parts.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link
                    to={link(
                      p.kind === 'agency'
                        ? { agency: p.id, booth: null, service: null, by: null }
                        : p.kind === 'booth'
                          ? { booth: p.id, service: null, by: 'service' }
                          : { service: p.id, by: null },
                    )}
                  >
                    {p.kind === 'agency' && p.shortName ? <abbr title={p.name}>{p.shortName}</abbr> : p.name}
                  </Link>
                </th>
                <td>{f.int(p.received)}</td>
                <td>{f.int(p.complaints)}</td>
                <td>{f.pct(p.answered.onTimeShare)}</td>
                <td>{f.dec(p.timeToAnswer.median)}</td>
                <td>{f.int(p.now.open)}</td>
                <td className={p.now.late > 0 ? 'cm-late' : undefined}>{f.int(p.now.late)}</td>
                <td>{f.dec(p.rating.mean)}</td>
                <td>{f.int(p.visitors)}</td>
                <td>{f.dec(p.perThousand)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
