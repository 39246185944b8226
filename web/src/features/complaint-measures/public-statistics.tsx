import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import { SHORT_DAY, useDateFormat } from '../../lib/datetime.ts';
import { quickPeriod, useFigures } from './format.ts';
import type { PublicStatistics } from './types.ts';
import './complaint-measures.css';

const KINDS = ['complaint', 'suggestion', 'information', 'appreciation'] as const;

/** The periods a citizen may pick: a quarter of a year, or the whole year (up to today). */
function periodOf(year: string, part: string, today: string) {
  const to = (end: string) => (end < today ? end : today);
  if (part === 'year') return { from: `${year}-01-01`, to: to(`${year}-12-31`) };
  const q = Number(part);
  const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(Number(year), q * 3, 0)).toISOString().slice(0, 10);
  return { from, to: to(end) };
}

/**
 * /pengaduan/statistik/:site — what a site publishes about its complaints (UU 25/2009 asks providers to account
 * for them): received by kind, answered, answered within the deadline, still being handled, by month. Counts
 * only: no text, no subject, nobody's data. A light citizen page: tables, no chart library.
 */
export function PublicComplaintStatisticsPage() {
  const { t } = useTranslation();
  const f = useFigures();
  const date = useDateFormat();
  const { site = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = new Date().toLocaleDateString('en-CA');
  const current = quickPeriod('quarter', today);
  const year = params.get('year') ?? today.slice(0, 4);
  const part = params.get('part') ?? String(Math.floor((Number(current.from.slice(5, 7)) - 1) / 3) + 1);
  const period = periodOf(year, part, today);
  const valid = period.from <= period.to;
  const stats = useQuery({
    queryKey: ['complaint-statistics', site, period.from, period.to],
    queryFn: () =>
      api<PublicStatistics>(
        `/api/public/sites/${encodeURIComponent(site)}/complaints/statistics?from=${period.from}&to=${period.to}`,
      ),
    enabled: valid,
  });
  const s = stats.data;
  const choose = (key: 'year' | 'part', value: string) => {
    const p = new URLSearchParams(params);
    p.set(key, value);
    setParams(p, { replace: true });
  };
  const years = [0, 1, 2].map((n) => String(Number(today.slice(0, 4)) - n));
  return (
    <section className="cm-public">
      <h1>{t('complaintMeasures.public.heading', { site: s?.site.name ?? site.toUpperCase() })}</h1>
      <p>{t('complaintMeasures.public.intro')}</p>
      <form
        className="toolbar"
        aria-label={t('complaintMeasures.public.period')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('complaintMeasures.public.year')}
          <select value={year} onChange={(e) => choose('year', e.target.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintMeasures.public.quarter')}
          <select value={part} onChange={(e) => choose('part', e.target.value)}>
            {['1', '2', '3', '4'].map((q) => (
              <option key={q} value={q}>
                Q{q}
              </option>
            ))}
            <option value="year">{t('complaintMeasures.public.wholeYear')}</option>
          </select>
        </label>
      </form>
      {!s && <QueryState query={stats} />}
      {s && (
        <>
          <p className="hint">
            {date.day(s.period.from, SHORT_DAY)} – {date.day(s.period.to, SHORT_DAY)}
          </p>
          <ul className="stat-tiles" data-testid="cm-public-figures">
            <li>
              <strong data-testid="cm-public-received">{f.int(s.received)}</strong>{' '}
              {t('complaintMeasures.public.received')}
            </li>
            <li>
              <strong>{f.int(s.answered)}</strong> {t('complaintMeasures.public.answered')}
            </li>
            <li>
              <strong data-testid="cm-public-on-time">{f.pct(s.onTimeShare)}</strong>{' '}
              {t('complaintMeasures.public.onTime')} ({f.int(s.onTime)})
            </li>
            <li>
              <strong>{f.int(s.open)}</strong> {t('complaintMeasures.public.open')}
            </li>
          </ul>
          <table className="data-table">
            <caption>{t('complaintMeasures.public.byKind')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complaintMeasures.public.kind')}</th>
                <th scope="col">{t('complaintMeasures.public.count')}</th>
              </tr>
            </thead>
            <tbody>
              {KINDS.map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`complaintMeasures.kinds.${k}`)}</th>
                  <td>{f.int(s.byKind[k])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" data-testid="cm-public-months">
            <caption>{t('complaintMeasures.public.byMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complaintMeasures.public.month')}</th>
                <th scope="col">{t('complaintMeasures.public.received')}</th>
                <th scope="col">{t('complaintMeasures.public.answered')}</th>
                <th scope="col">{t('complaintMeasures.public.onTime')}</th>
              </tr>
            </thead>
            <tbody>
              {s.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{f.month(m.month)}</th>
                  <td>{f.int(m.received)}</td>
                  <td>{f.int(m.answered)}</td>
                  <td>{f.int(m.onTime)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
