import { useQuery } from '@tanstack/react-query';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ReactNode } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { SHORT_DAY, useDateFormat } from '../../lib/datetime.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { Dashboard, DashboardRow, IssuedReport, LatestScore, Reports } from './types.ts';
import './evaluation-dashboard.css';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

const INSTRUMENT_COLOURS = ['#0b4f8a', '#8a5a00', '#1b7f4b', '#6a3d9a'];

/** '83.33' → '83,33' in Indonesian, as is in English. */
function useDecimal() {
  const { i18n } = useTranslation();
  return (text: string) => (i18n.language === 'id' ? text.replace('.', ',') : text);
}

/**
 * /kelola/evaluasi/dasbor — the monitoring team's dashboard of a site: every agency side by side on its latest
 * scores per instrument, the zone predicted by its latest compliance assessment, its open and overdue findings and
 * the trend since its previous assessment, weakest first ("which agency do we visit next?"); the reports issued to
 * the regional secretary below. Each chart has its data as the table beside it.
 */
export function EvaluationDashboardPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const errorText = useErrorText();
  const dashboard = useQuery({
    queryKey: ['evaluation-dashboard', site?.code],
    queryFn: () => api<Dashboard>(`/api/evaluation/sites/${site?.code}/dashboard`),
    enabled: Boolean(site && session.data),
  });
  const reports = useQuery({
    queryKey: ['evaluation-reports', site?.code],
    queryFn: () => api<Reports>(`/api/evaluation/sites/${site?.code}/reports`),
    enabled: Boolean(site && session.data),
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/evaluasi/dasbor">{t('evaluationDashboard.signInFirst')}</Link>;
  const d = dashboard.data;
  const assessed = d?.agencies.filter((a) => a.strength !== null) ?? [];
  // The columns: the instruments some agency was assessed with (the site's own, e.g. PEKPPP, are listed below).
  const columns =
    d?.instruments.filter((i) => assessed.some((a) => a.latest.some((l) => l.instrumentCode === i.code))) ??
    [];
  return (
    <section className="ed-page">
      <h1>{t('evaluationDashboard.heading')}</h1>
      <form
        className="toolbar"
        aria-label={t('evaluationDashboard.site')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SiteSelect choice={choice} />
      </form>
      {dashboard.isError && <p role="alert">{errorText(dashboard.error)}</p>}
      {dashboard.isLoading && <p>{t('evaluationDashboard.loading')}</p>}
      {d && (
        <>
          <p className="hint">{t('evaluationDashboard.intro')}</p>
          {assessed.length > 0 && (
            <p data-testid="ed-next">
              {t('evaluationDashboard.visitNext', { agency: assessed[0]?.agencyName })}
            </p>
          )}
          {assessed.length > 0 && (
            <div className="chart-row">
              <ScoresChart instruments={columns} rows={assessed} />
              <FindingsChart rows={d.agencies.filter((a) => a.openFindings > 0)} />
            </div>
          )}
          <AgencyTable instruments={columns} rows={assessed} />
          <NotAssessed rows={d.agencies.filter((a) => a.strength === null)} />
          <SiteScores d={d} />
        </>
      )}
      {reports.data && <IssuedReports siteCode={site?.code ?? ''} reports={reports.data.reports} />}
    </section>
  );
}

function Trend({ l }: { l: LatestScore }) {
  const { t } = useTranslation();
  const dec = useDecimal();
  if (!l.trend || l.previousTotal === null) return null;
  const arrow = l.trend === 'up' ? '▲' : l.trend === 'down' ? '▼' : '=';
  return (
    <span className="hint" data-testid="ed-trend">
      {' '}
      ({dec(l.previousTotal)} → {dec(l.total)}, {arrow} {t(`evaluationDashboard.trend.${l.trend}`)})
    </span>
  );
}

function Zone({ zone }: { zone: DashboardRow['zone'] }) {
  const { t } = useTranslation();
  if (!zone) return <span>{t('evaluationDashboard.noZone')}</span>;
  return <span className={`zone zone-${zone}`}>{t(`evaluationDashboard.zones.${zone}`)}</span>;
}

function AgencyTable({ instruments, rows }: { instruments: Dashboard['instruments']; rows: DashboardRow[] }) {
  const { t } = useTranslation();
  const dec = useDecimal();
  if (rows.length === 0) return <p>{t('evaluationDashboard.noneAssessed')}</p>;
  return (
    <table className="data-table" data-testid="ed-agencies">
      <caption>{t('evaluationDashboard.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evaluationDashboard.rank')}</th>
          <th scope="col">{t('evaluationDashboard.agency')}</th>
          <th scope="col">{t('evaluationDashboard.zone')}</th>
          {instruments.map((i) => (
            <th scope="col" key={i.code} title={i.name}>
              {i.code}
            </th>
          ))}
          <th scope="col">{t('evaluationDashboard.open')}</th>
          <th scope="col">{t('evaluationDashboard.overdue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a, k) => (
          <tr key={a.agencyId} data-testid="ed-row">
            <td>{k + 1}</td>
            <th scope="row">{a.agencyName}</th>
            <td>
              <Zone zone={a.zone} />
            </td>
            {instruments.map((i) => {
              const l = a.latest.find((x) => x.instrumentCode === i.code);
              return (
                <td key={i.code}>
                  {l ? (
                    <>
                      {dec(l.total)} {l.band ? `· ${l.band.label}` : ''}
                      <Trend l={l} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              );
            })}
            <td>{a.openFindings}</td>
            <td className={a.overdueFindings > 0 ? 'ed-overdue' : undefined}>{a.overdueFindings}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="live-chart">
      <figcaption>{caption}</figcaption>
      {children}
    </figure>
  );
}

/** Each agency's latest totals as a share of their scale (PEKPPP 0–5 and compliance 0–100 side by side). */
function ScoresChart({ instruments, rows }: { instruments: Dashboard['instruments']; rows: DashboardRow[] }) {
  const { t } = useTranslation();
  return (
    <Figure caption={t('evaluationDashboard.charts.scores')}>
      <Bar
        role="img"
        aria-label={t('evaluationDashboard.charts.scoresLabel')}
        data-testid="ed-chart-scores"
        options={{
          indexAxis: 'y',
          responsive: true,
          scales: { x: { min: 0, max: 100, title: { display: true, text: '%' } } },
        }}
        data={{
          labels: rows.map((a) => a.agencyShortName),
          datasets: instruments.map((i, k) => ({
            label: i.code,
            data: rows.map((a) => {
              const l = a.latest.find((x) => x.instrumentCode === i.code);
              return l ? Math.round(l.share * 10000) / 100 : null;
            }),
            backgroundColor: INSTRUMENT_COLOURS[k % INSTRUMENT_COLOURS.length],
          })),
        }}
      />
    </Figure>
  );
}

function FindingsChart({ rows }: { rows: DashboardRow[] }) {
  const { t } = useTranslation();
  return (
    <Figure caption={t('evaluationDashboard.charts.findings')}>
      <Bar
        role="img"
        aria-label={t('evaluationDashboard.charts.findingsLabel')}
        data-testid="ed-chart-findings"
        options={{
          responsive: true,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        }}
        data={{
          labels: rows.map((a) => a.agencyShortName),
          datasets: [
            {
              label: t('evaluationDashboard.overdue'),
              data: rows.map((a) => a.overdueFindings),
              backgroundColor: '#b3261e',
            },
            {
              label: t('evaluationDashboard.openInTime'),
              data: rows.map((a) => a.openFindings - a.overdueFindings),
              backgroundColor: '#0b4f8a',
            },
          ],
        }}
      />
    </Figure>
  );
}

/** Agencies never assessed: no score to rank them by, listed apart so the ranking stays readable. */
function NotAssessed({ rows }: { rows: DashboardRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>{t('evaluationDashboard.notAssessed', { count: rows.length })}</summary>
      <ul data-testid="ed-not-assessed">
        {rows.map((a) => (
          <li key={a.agencyId}>
            {a.agencyName}
            {a.openFindings > 0 ? ` — ${t('evaluationDashboard.openCount', { count: a.openFindings })}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function SiteScores({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const dec = useDecimal();
  if (d.site.length === 0) return null;
  return (
    <>
      <h2>{t('evaluationDashboard.siteHeading')}</h2>
      <ul>
        {d.site.map((l) => (
          <li key={l.instrumentCode}>
            {d.instruments.find((i) => i.code === l.instrumentCode)?.name ?? l.instrumentCode}: {dec(l.total)}
            {l.band ? ` · ${l.band.label}` : ''}
            <Trend l={l} />
          </li>
        ))}
      </ul>
    </>
  );
}

function IssuedReports({ siteCode, reports }: { siteCode: string; reports: IssuedReport[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <>
      <h2>{t('evaluationDashboard.reports')}</h2>
      {reports.length === 0 ? (
        <p>{t('evaluationDashboard.noReports')}</p>
      ) : (
        <ul data-testid="ed-reports">
          {reports.map((r) => (
            <li key={r.id}>
              <a href={`/api/evaluation/sites/${siteCode}/reports/${r.id}`} download>
                {r.number}
              </a>{' '}
              — {t(`evaluationDashboard.kinds.${r.kind}`)}, {date.day(r.issuedAt.slice(0, 10), SHORT_DAY)}
              {r.issuedBy ? `, ${r.issuedBy}` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
