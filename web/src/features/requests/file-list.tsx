import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import type { FileRow } from './types.ts';

const FILTERS = ['open', 'at_risk', 'late', 'all'] as const;

/** /berkas — the files an officer works on (their agency at their site), most recent first. */
export function FileListPage() {
  const { t } = useTranslation();
  const f = useFileFormat();
  const session = useSession();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('open');
  const [code, setCode] = useState('');
  const query = new URLSearchParams({ limit: '200' });
  if (filter === 'open') query.set('state', 'open');
  if (filter === 'late' || filter === 'at_risk') query.set('attention', filter);
  if (code.trim()) query.set('code', code.trim());
  const files = useQuery({
    queryKey: ['files', filter, code],
    queryFn: () => api<FileRow[]>(`/api/requests?${query}`),
    enabled: Boolean(session.data),
    refetchInterval: 30_000,
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/berkas">{t('application.signInFirst')}</Link>;
  return (
    <section>
      <h1>{t('application.listHeading')}</h1>
      <div className="toolbar">
        <fieldset className="segmented">
          {FILTERS.map((key) => (
            <button key={key} type="button" aria-pressed={filter === key} onClick={() => setFilter(key)}>
              {t(`application.filter.${key}`)}
            </button>
          ))}
        </fieldset>
        <label>
          {t('application.searchCode')}
          <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="XXXX-XXXX-XXXX" />
        </label>
      </div>
      {files.isError && <p role="alert">{t('application.unavailable')}</p>}
      {files.data?.length === 0 && <p>{t('application.none')}</p>}
      {files.data && files.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('application.col.code')}</th>
              <th>{t('application.col.citizen')}</th>
              <th>{t('application.col.service')}</th>
              <th>{t('application.col.state')}</th>
              <th>{t('application.col.opened')}</th>
              <th>{t('application.col.due')}</th>
              <th>{t('application.col.sla')}</th>
            </tr>
          </thead>
          <tbody>
            {files.data.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/berkas/${r.id}`}>{r.code}</Link>
                </td>
                <td>{r.citizenName}</td>
                <td>{r.service}</td>
                <td>{f.stepLabel(r.state)}</td>
                <td>{f.dateTime(r.openedAt, r.timezone)}</td>
                <td>{f.dateTime(r.dueAt, r.timezone)}</td>
                <td>
                  <span className={`sla sla-${r.sla}`}>{t(`application.sla.${r.sla}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
