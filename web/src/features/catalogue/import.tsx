import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { ApiError, api, type ServerError, upload } from '../../lib/api.ts';
import type { Agency, SessionUser } from '../../lib/types.ts';
import type { ImportResult } from './types.ts';

/** The agencies this person may import for (the server checks the same): their own, their site's, or all. */
function agenciesPath(user: SessionUser['user']): string {
  if (user.role === 'site_manager' && user.siteId) return `/api/agencies?siteId=${user.siteId}`;
  return '/api/agencies';
}

/** Import an agency's services from the XLSX/CSV template: all rows or none, errors per row and column. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const user = useSession().data?.user ?? null;
  const agencies = useQuery({
    queryKey: ['agencies', 'importable', user?.role, user?.siteId, user?.agencyId],
    queryFn: async () => {
      const all = await api<Agency[]>(agenciesPath(user as SessionUser['user']));
      // An agency admin imports for their own agency only: it is the one offered (and so chosen).
      return user?.role === 'agency_admin' ? all.filter((a) => a.id === user.agencyId) : all;
    },
    enabled: user !== null,
  });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ServerError | null>(null);
  const msg = (m: { id: string; en: string }) => (i18n.language === 'en' ? m.en : m.id);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await upload<ImportResult>('/api/import/services', new FormData(event.currentTarget)));
    } catch (e) {
      setError(
        e instanceof ApiError
          ? e.body
          : { code: 'internal.error', message: { id: t('error.generic'), en: t('error.generic') } },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('import.heading')}</h1>
      <p>
        <a href="/api/import/services/template.xlsx">{t('import.templateXlsx')}</a> ·{' '}
        <a href="/api/import/services/template.csv">{t('import.templateCsv')}</a> ·{' '}
        <a href="/api/export/catalogue.xlsx">{t('import.export')}</a>
      </p>
      <form className="editor" onSubmit={(e) => void submit(e)}>
        <label>
          {t('import.agency')}
          <select name="agencyId" required>
            {agencies.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.file')}
          <input name="file" type="file" accept=".xlsx,.csv" required />
        </label>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('import.busy') : t('import.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {result && <p role="status">{t('import.done', result)}</p>}
        {error && (
          <>
            <p role="alert">{msg(error.message)}</p>
            {error.details && error.details.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {error.details.map((d) => (
                    <tr key={`${d.row}-${d.column}-${d.field}`}>
                      <td>{d.row ?? ''}</td>
                      <td>{d.column ?? d.field}</td>
                      <td>{msg(d.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </>
  );
}
