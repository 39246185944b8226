import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useComplaintFormat } from './complaint-format.ts';
import type { ComplaintList, ComplaintRow, LateList } from './types.ts';
import './complaint-handling.css';

const STATUSES = [
  'open',
  'received',
  'postponed',
  'verified',
  'dispatched',
  'followed_up',
  'answered',
  'reopened',
  'closed',
  'archived',
  'forwarded',
] as const;
const KINDS = ['complaint', 'suggestion', 'information', 'appreciation'] as const;
const CHANNELS = [
  'web',
  'ticket',
  'request',
  'kiosk',
  'phone',
  'whatsapp',
  'letter',
  'suggestion_box',
  'lapor',
  'walk_in',
] as const;
const STAGES = ['on_time', 'at_risk', 'late', 'paused'] as const;
/** The late list refreshes itself: what turns late shows within a minute without anyone reloading. */
const LATE_POLL_MS = 30_000;

/** /kelola/pengaduan — the site's complaints (an agency's admin: its own), and the live list of what is late. */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const [tab, setTab] = useState<'all' | 'late'>('all');
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/pengaduan">{t('complaintHandling.signInFirst')}</Link>;
  return (
    <section className="complaints">
      <h1>{t('complaintHandling.heading')}</h1>
      <div className="toolbar">
        <SiteSelect choice={choice} />
        {/* Complaints that came by phone, letter, WhatsApp or LAPOR! are recorded by the handler. */}
        {(session.data?.user.role === 'site_manager' || session.data?.user.role === 'national_admin') && (
          <Link to="/kelola/pengaduan/catat">{t('complaintHandling.recordLink')}</Link>
        )}
        <Link to="/kelola/pengaduan/statistik">{t('complaintHandling.statisticsLink')}</Link>
      </div>
      <div className="segmented" role="tablist" aria-label={t('complaintHandling.heading')}>
        {(['all', 'late'] as const).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {t(`complaintHandling.tab.${key}`)}
          </button>
        ))}
      </div>
      {site && tab === 'all' && <AllComplaints siteCode={site.code} />}
      {site && tab === 'late' && <LateComplaints siteCode={site.code} />}
    </section>
  );
}

function AllComplaints({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filter, setFilter] = useState({
    status: 'open',
    kind: '',
    channel: '',
    stage: '',
    from: '',
    to: '',
    code: '',
  });
  const [page, setPage] = useState(1);
  const q = new URLSearchParams({ page: String(page), pageSize: '25' });
  for (const [key, value] of Object.entries(filter)) if (value.trim()) q.set(key, value.trim());
  const list = useQuery({
    queryKey: ['complaints', siteCode, q.toString()],
    queryFn: () => api<ComplaintList>(`/api/complaints/sites/${siteCode}?${q}`),
  });
  const set = (key: keyof typeof filter) => (e: { currentTarget: { value: string } }) => {
    setFilter({ ...filter, [key]: e.currentTarget.value });
    setPage(1);
  };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <>
      <form className="toolbar complaint-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('complaintHandling.filter.status')}
          <select value={filter.status} onChange={set('status')}>
            <option value="">{t('complaintHandling.filter.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`complaintHandling.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintHandling.filter.stage')}
          <select value={filter.stage} onChange={set('stage')}>
            <option value="">{t('complaintHandling.filter.any')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`complaintHandling.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintHandling.filter.kind')}
          <select value={filter.kind} onChange={set('kind')}>
            <option value="">{t('complaintHandling.filter.any')}</option>
            {KINDS.map((s) => (
              <option key={s} value={s}>
                {t(`complaintHandling.kind.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintHandling.filter.channel')}
          <select value={filter.channel} onChange={set('channel')}>
            <option value="">{t('complaintHandling.filter.any')}</option>
            {CHANNELS.map((s) => (
              <option key={s} value={s}>
                {t(`complaintHandling.channel.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaintHandling.filter.from')}
          <input type="date" value={filter.from} onChange={set('from')} />
        </label>
        <label>
          {t('complaintHandling.filter.to')}
          <input type="date" value={filter.to} onChange={set('to')} />
        </label>
        <label>
          {t('complaintHandling.filter.code')}
          <input value={filter.code} onChange={set('code')} placeholder="XXXXX-XXXXX" maxLength={20} />
        </label>
      </form>
      {list.isError && <p role="alert">{errorText(list.error)}</p>}
      {list.data && (
        <>
          <p className="hint">{t('complaintHandling.total', { count: list.data.total })}</p>
          <ComplaintTable rows={list.data.rows} timezone={list.data.timezone} />
          {pages > 1 && (
            <nav className="pager" aria-label={t('complaintHandling.pager')}>
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('complaintHandling.previous')}
              </button>
              <span>{t('complaintHandling.page', { page, pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('complaintHandling.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function LateComplaints({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useComplaintFormat();
  const late = useQuery({
    queryKey: ['complaints-late', siteCode],
    queryFn: () => api<LateList>(`/api/complaints/sites/${siteCode}/late`),
    refetchInterval: LATE_POLL_MS,
  });
  if (late.isError) return <p role="alert">{errorText(late.error)}</p>;
  if (!late.data) return <p>{t('complaintHandling.loading')}</p>;
  return (
    <>
      <p className="hint" aria-live="polite">
        {t('complaintHandling.lateAsOf', { at: f.at(late.data.asOf, late.data.timezone) })}
      </p>
      <ComplaintTable
        rows={late.data.rows}
        timezone={late.data.timezone}
        empty="complaintHandling.noneLate"
      />
    </>
  );
}

function ComplaintTable({
  rows,
  timezone,
  empty = 'complaintHandling.none',
}: {
  rows: ComplaintRow[];
  timezone: string;
  empty?: string;
}) {
  const { t } = useTranslation();
  const f = useComplaintFormat();
  if (rows.length === 0) return <p>{t(empty)}</p>;
  return (
    <table className="data-table complaint-table">
      <thead>
        <tr>
          <th>{t('complaintHandling.col.code')}</th>
          <th>{t('complaintHandling.col.received')}</th>
          <th>{t('complaintHandling.col.kind')}</th>
          <th>{t('complaintHandling.col.agency')}</th>
          <th>{t('complaintHandling.col.status')}</th>
          <th>{t('complaintHandling.col.due')}</th>
          <th>{t('complaintHandling.col.stage')}</th>
          <th>{t('complaintHandling.col.complainant')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/kelola/pengaduan/${r.id}`} className="complaint-code">
                {r.code}
              </Link>
            </td>
            <td>{f.atShort(r.receivedAt, timezone)}</td>
            <td>
              {f.kind(r.kind)} · {f.channel(r.channel)}
            </td>
            <td>{r.agency?.name ?? '—'}</td>
            <td>{f.status(r.status)}</td>
            <td>{f.atShort(r.deadlines.stageDueAt, timezone)}</td>
            <td>
              <span className={`stage stage-${r.stageState}`}>{f.stage(r.stageState)}</span>
            </td>
            <td>{identityText(t, r.identity)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Masked as the server sent it; a withheld or anonymous identity says so, it is never blank. */
export function identityText(t: (key: string) => string, identity: ComplaintRow['identity']): string {
  if (identity.shown === 'none') return t('complaintHandling.identity.anonymous');
  if (identity.shown === 'withheld') return t('complaintHandling.identity.withheld');
  return identity.name ?? t('complaintHandling.identity.noName');
}
