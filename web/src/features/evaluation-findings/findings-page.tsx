import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFindingFormat } from './finding-format.ts';
import { FindingPanel } from './finding-panel.tsx';
import type { FindingList, FindingRow, OverdueList, SiteBooths } from './types.ts';
import './evaluation-findings.css';

const STATUSES = ['open', 'answered', 'returned', 'closed'] as const;

/**
 * /kelola/evaluasi/temuan — the site's findings (an agency's admin: its own), filtered by agency, status and due
 * date; the overdue list per agency; one finding's timeline and what the viewer may do with it (?temuan=id, the
 * link the overdue reminder carries).
 */
export function FindingsPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const [params, setParams] = useSearchParams();
  const selected = params.get('temuan');
  const [tab, setTab] = useState<'all' | 'overdue'>('all');
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/evaluasi/temuan">{t('evaluationFindings.signInFirst')}</Link>;
  const select = (id: string | null) => setParams(id ? { temuan: id } : {});
  return (
    <section className="findings">
      <h1>{t('evaluationFindings.heading')}</h1>
      <div className="toolbar">
        <SiteSelect choice={choice} />
      </div>
      <div className="segmented" role="tablist" aria-label={t('evaluationFindings.heading')}>
        {(['all', 'overdue'] as const).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {t(`evaluationFindings.tab.${key}`)}
          </button>
        ))}
      </div>
      {site && tab === 'all' && <AllFindings siteId={site.id} siteCode={site.code} onOpen={select} />}
      {site && tab === 'overdue' && <OverdueFindings siteCode={site.code} onOpen={select} />}
      {selected && <FindingPanel key={selected} id={selected} onClose={() => select(null)} />}
    </section>
  );
}

function AllFindings({
  siteId,
  siteCode,
  onOpen,
}: {
  siteId: string;
  siteCode: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filter, setFilter] = useState({ agencyId: '', status: '', overdue: '' });
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) q.set(key, value);
  const list = useQuery({
    queryKey: ['findings', siteCode, q.toString()],
    queryFn: () => api<FindingList>(`/api/evaluation/sites/${siteCode}/findings?${q}`),
  });
  const site = useQuery({
    queryKey: ['site-booths', siteId],
    queryFn: () => api<SiteBooths>(`/api/sites/${siteId}`),
  });
  const agencies = new Map((site.data?.booths ?? []).map((b) => [b.agency.id, b.agency.name]));
  const set = (key: keyof typeof filter) => (e: { currentTarget: { value: string } }) =>
    setFilter({ ...filter, [key]: e.currentTarget.value });
  return (
    <>
      <form className="toolbar findings-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('evaluationFindings.filter.agency')}
          <select value={filter.agencyId} onChange={set('agencyId')}>
            <option value="">{t('evaluationFindings.filter.any')}</option>
            {[...agencies].map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evaluationFindings.filter.status')}
          <select value={filter.status} onChange={set('status')}>
            <option value="">{t('evaluationFindings.filter.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`evaluationFindings.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evaluationFindings.filter.overdue')}
          <select value={filter.overdue} onChange={set('overdue')}>
            <option value="">{t('evaluationFindings.filter.any')}</option>
            <option value="true">{t('evaluationFindings.filter.overdueOnly')}</option>
            <option value="false">{t('evaluationFindings.filter.notOverdue')}</option>
          </select>
        </label>
      </form>
      {list.isError && <p role="alert">{errorText(list.error)}</p>}
      {list.data && (
        <FindingTable rows={list.data.rows} timezone={list.data.timezone} empty="none" onOpen={onOpen} />
      )}
    </>
  );
}

function OverdueFindings({ siteCode, onOpen }: { siteCode: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useQuery({
    queryKey: ['findings-overdue', siteCode],
    queryFn: () => api<OverdueList>(`/api/evaluation/sites/${siteCode}/findings/overdue`),
    refetchInterval: 60_000,
  });
  if (list.isError) return <p role="alert">{errorText(list.error)}</p>;
  if (!list.data) return <p>{t('evaluationFindings.loading')}</p>;
  return (
    <>
      {list.data.agencies.length > 0 && (
        <>
          <h2>{t('evaluationFindings.overduePerAgency')}</h2>
          <ul className="findings-per-agency">
            {list.data.agencies.map((a) => (
              <li key={a.agency?.id ?? 'site'}>
                {a.agency?.name ?? t('evaluationFindings.siteItself')}: <strong>{a.overdue}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <FindingTable rows={list.data.rows} timezone={list.data.timezone} empty="noneOverdue" onOpen={onOpen} />
    </>
  );
}

function FindingTable({
  rows,
  timezone,
  empty,
  onOpen,
}: {
  rows: FindingRow[];
  timezone: string;
  empty: 'none' | 'noneOverdue';
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFindingFormat();
  if (rows.length === 0) return <p>{t(`evaluationFindings.${empty}`)}</p>;
  return (
    <table className="findings-table">
      <thead>
        <tr>
          <th scope="col">{t('evaluationFindings.col.finding')}</th>
          <th scope="col">{t('evaluationFindings.col.unit')}</th>
          <th scope="col">{t('evaluationFindings.col.severity')}</th>
          <th scope="col">{t('evaluationFindings.col.status')}</th>
          <th scope="col">{t('evaluationFindings.col.due')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={t('evaluationFindings.open', { title: r.title })}
                onClick={() => onOpen(r.id)}
              >
                {r.title}
              </button>
            </td>
            <td>
              {r.assignee === 'site' ? t('evaluationFindings.siteItself') : (r.agency?.name ?? '—')}
              {r.booth ? ` · ${r.booth.name}` : ''}
            </td>
            <td>
              <span className={`severity severity-${r.severity}`}>{f.severity(r.severity)}</span>
            </td>
            <td>{f.status(r.status)}</td>
            <td>
              {f.day(r.dueAt, timezone)}
              {r.overdue && (
                <>
                  {' '}
                  <span className="finding-late">{t('evaluationFindings.late')}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
