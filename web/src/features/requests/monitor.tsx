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
import { Fragment, useEffect, useRef, useState } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import type { AttentionRow, MonitorFigures, MonitorView } from './types.ts';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

const iso = (d: Date) => d.toISOString().slice(0, 10);
function presets(today = new Date()) {
  const y = today.getFullYear();
  const m = today.getMonth();
  return {
    thisMonth: { from: iso(new Date(Date.UTC(y, m, 1))), to: iso(new Date(Date.UTC(y, m + 1, 0))) },
    lastMonth: { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) },
    thisYear: { from: `${y}-01-01`, to: `${y}-12-31` },
  };
}

/** /kelola/monitor — which services were carried out and which are completed, per agency and booth. */
export function MonitorPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const errorText = useErrorText();
  const p = presets();
  const [period, setPeriod] = useState(p.lastMonth);
  const [lateFor, setLateFor] = useState<{ name: string; agency?: string; booth?: string } | null>(null);
  const monitor = useQuery({
    queryKey: ['monitor', site?.code, period.from, period.to],
    queryFn: () => api<MonitorView>(`/api/monitor/sites/${site?.code}?from=${period.from}&to=${period.to}`),
    enabled: Boolean(site && session.data),
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/monitor">{t('application.signInFirst')}</Link>;
  const m = monitor.data;
  return (
    <section className="monitor">
      <h1>{t('application.monitor.heading')}</h1>
      <p>
        <Link to="/kelola/monitor/langsung">{t('application.monitor.liveLink')}</Link>
      </p>
      <div className="toolbar">
        <SiteSelect choice={choice} />
        <label>
          {t('application.monitor.from')}
          <input
            type="date"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
        </label>
        <label>
          {t('application.monitor.to')}
          <input
            type="date"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
        </label>
        {(['thisMonth', 'lastMonth', 'thisYear'] as const).map((key) => (
          <button key={key} type="button" onClick={() => setPeriod(p[key])}>
            {t(`application.monitor.${key}`)}
          </button>
        ))}
        {site && (
          <a
            className="button"
            href={`/api/monitor/sites/${site.code}/export.xlsx?from=${period.from}&to=${period.to}`}
            download
          >
            {t('application.monitor.export')}
          </a>
        )}
      </div>
      <p className="hint">{t('application.monitor.periodNote')}</p>
      {monitor.isError && <p role="alert">{errorText(monitor.error)}</p>}
      {monitor.isLoading && <p>{t('application.loading')}</p>}
      {m && m.totals.opened === 0 && m.totals.served === 0 && <p>{t('application.monitor.noData')}</p>}
      {m && (m.totals.opened > 0 || m.totals.served > 0) && (
        <>
          <Totals figures={m.totals} />
          <div className="chart-row">
            <AgencyChart monitor={m} />
            <TrendChart monitor={m} />
          </div>
          <AgencyTable monitor={m} onLate={setLateFor} />
          {site && lateFor && (
            <LateList
              siteCode={site.code}
              timezone={m.site.timezone}
              period={period}
              filter={lateFor}
              onClose={() => setLateFor(null)}
            />
          )}
        </>
      )}
    </section>
  );
}

function Totals({ figures }: { figures: MonitorFigures }) {
  const { t } = useTranslation();
  const f = useFileFormat();
  const tiles: [string, string][] = [
    ['completedShare', f.share(figures.completedShare)],
    ['onTimeShare', f.share(figures.onTimeShare)],
    ['served', figures.served.toLocaleString()],
    ['opened', figures.opened.toLocaleString()],
    ['completed', figures.completed.toLocaleString()],
    ['inProgress', figures.inProgress.toLocaleString()],
    ['late', figures.late.toLocaleString()],
    ['median', f.duration(figures.medianMinutes)],
    ['p90', f.duration(figures.p90Minutes)],
  ];
  return (
    <ul className="stat-tiles" data-testid="monitor-totals">
      {tiles.map(([key, value]) => (
        <li key={key} data-key={key}>
          <strong>{value}</strong> {t(`application.monitor.${key}`)}
        </li>
      ))}
    </ul>
  );
}

function AgencyChart({ monitor }: { monitor: MonitorView }) {
  const { t } = useTranslation();
  const top = monitor.agencies.filter((a) => a.opened > 0).slice(0, 12);
  if (top.length === 0) return null;
  return (
    <figure className="live-chart">
      <figcaption>{t('application.monitor.chartAgencies')}</figcaption>
      <Bar
        role="img"
        aria-label={t('application.monitor.chartAgencies')}
        options={{ indexAxis: 'y', responsive: true, scales: { x: { stacked: true }, y: { stacked: true } } }}
        data={{
          labels: top.map((a) => a.shortName),
          datasets: [
            {
              label: t('application.monitor.completedOnTime'),
              data: top.map((a) => a.completedOnTime),
              backgroundColor: '#1b7f4b',
            },
            {
              label: t('application.monitor.completed'),
              data: top.map((a) => a.completed - a.completedOnTime),
              backgroundColor: '#e0a526',
            },
            {
              label: t('application.monitor.inProgress'),
              data: top.map((a) => a.inProgress - a.late),
              backgroundColor: '#8fb3d9',
            },
            {
              label: t('application.monitor.late'),
              data: top.map((a) => a.late),
              backgroundColor: '#b3261e',
            },
          ],
        }}
      />
    </figure>
  );
}

function TrendChart({ monitor }: { monitor: MonitorView }) {
  const { t } = useTranslation();
  const points = monitor.trend.points;
  if (points.length < 2) return null;
  return (
    <figure className="live-chart">
      <figcaption>{t('application.monitor.chartTrend')}</figcaption>
      <Line
        role="img"
        aria-label={t('application.monitor.chartTrend')}
        data={{
          labels: points.map((p) =>
            monitor.trend.grain === 'month' ? p.period.slice(0, 7) : p.period.slice(5),
          ),
          datasets: [
            {
              label: t('application.monitor.opened'),
              data: points.map((p) => p.opened),
              borderColor: '#0b4f8a',
              backgroundColor: '#0b4f8a',
            },
            {
              label: t('application.monitor.completed'),
              data: points.map((p) => p.completed),
              borderColor: '#1b7f4b',
              backgroundColor: '#1b7f4b',
            },
          ],
        }}
      />
    </figure>
  );
}

function AgencyTable({
  monitor,
  onLate,
}: {
  monitor: MonitorView;
  onLate: (f: { name: string; agency?: string; booth?: string }) => void;
}) {
  const { t } = useTranslation();
  const f = useFileFormat();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const row = (r: MonitorFigures) => (
    <>
      <td>{r.served}</td>
      <td>{r.opened}</td>
      <td>{r.completed}</td>
      <td>{r.completedOnTime}</td>
      <td>{r.inProgress}</td>
      <td>{r.late}</td>
      <td>{f.duration(r.medianMinutes)}</td>
      <td>{f.duration(r.p90Minutes)}</td>
      <td>{f.share(r.completedShare)}</td>
    </>
  );
  return (
    <>
      <h2>{t('application.monitor.perAgency')}</h2>
      <table className="data-table monitor-table">
        <thead>
          <tr>
            <th>{t('application.col.agency')}</th>
            {(
              [
                'served',
                'opened',
                'completed',
                'completedOnTime',
                'inProgress',
                'late',
                'median',
                'p90',
                'completedShare',
              ] as const
            ).map((k) => (
              <th key={k}>{t(`application.monitor.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monitor.agencies.map((a) => (
            <Fragment key={a.id}>
              <tr className="agency-row">
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    aria-expanded={open.has(a.id)}
                    onClick={() => {
                      const next = new Set(open);
                      if (next.has(a.id)) next.delete(a.id);
                      else next.add(a.id);
                      setOpen(next);
                    }}
                  >
                    <abbr title={a.name}>{a.shortName}</abbr>
                  </button>
                  {a.late > 0 && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onLate({ name: a.name, agency: a.id })}
                    >
                      {' '}
                      ({t('application.monitor.showLate')})
                    </button>
                  )}
                </th>
                {row(a)}
              </tr>
              {open.has(a.id) &&
                a.booths.map((b) => (
                  <tr key={b.id} className="booth-row">
                    <td>
                      ↳ {b.name}
                      {b.late > 0 && (
                        <button
                          type="button"
                          className="link"
                          onClick={() => onLate({ name: b.name, booth: b.id })}
                        >
                          {' '}
                          ({t('application.monitor.showLate')})
                        </button>
                      )}
                    </td>
                    {row(b)}
                  </tr>
                ))}
            </Fragment>
          ))}
          <tr className="total-row">
            <th scope="row">Total</th>
            {row(monitor.totals)}
          </tr>
        </tbody>
      </table>
    </>
  );
}

function LateList({
  siteCode,
  timezone,
  period,
  filter,
  onClose,
}: {
  siteCode: string;
  timezone: string;
  period: { from: string; to: string };
  filter: { name: string; agency?: string; booth?: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFileFormat();
  const q = new URLSearchParams({ which: 'late', from: period.from, to: period.to, limit: '500' });
  if (filter.agency) q.set('agency', filter.agency);
  if (filter.booth) q.set('booth', filter.booth);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll each time another agency or booth is chosen.
  useEffect(() => heading.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), [filter]);
  const late = useQuery({
    queryKey: ['late', siteCode, q.toString()],
    queryFn: () => api<AttentionRow[]>(`/api/monitor/sites/${siteCode}/attention?${q}`),
  });
  return (
    <section aria-labelledby="late-heading" className="late-list">
      <h2 id="late-heading" ref={heading}>
        {t('application.monitor.lateFor', { name: filter.name })}
      </h2>
      <button type="button" onClick={onClose}>
        {t('application.intake.close')}
      </button>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('application.col.code')}</th>
            <th>{t('application.col.service')}</th>
            <th>{t('application.col.booth')}</th>
            <th>{t('application.col.state')}</th>
            <th>{t('application.col.opened')}</th>
            <th>{t('application.col.due')}</th>
          </tr>
        </thead>
        <tbody>
          {late.data?.map((r) => (
            <tr key={r.id}>
              <td className="file-code">{r.code}</td>
              <td>{r.service}</td>
              <td>{r.booth}</td>
              <td>{f.stepLabel(r.state)}</td>
              <td>{f.dateTime(r.openedAt, timezone)}</td>
              <td>{f.dateTime(r.dueAt, timezone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
