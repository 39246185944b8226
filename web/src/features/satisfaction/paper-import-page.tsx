import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import type { ServerError } from '../../lib/api.ts';
import type { ImportResult } from './types.ts';

type Detail = NonNullable<ServerError['details']>[number];

/** Sends the file with the upload's progress (fetch reports none), the CSRF header as api() does. */
function send(
  path: string,
  form: FormData,
  csrf: string | null,
  onProgress: (share: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) as unknown });
      } catch {
        reject(new Error('unreadable answer'));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}

/**
 * /kelola/mpp/:code/survei/impor — paper survey forms typed into the template: upload (with its progress), then
 * either every row imported or none, each problem listed beside its row number with the column and what to fix.
 */
export function PaperImportPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const session = useSession();
  const [phase, setPhase] = useState<'idle' | 'sending' | 'checking'>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ServerError | null>(null);
  const msg = (m: { id: string; en: string }) => (i18n.language === 'en' ? m.en : m.id);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setResult(null);
    setError(null);
    setProgress(0);
    setPhase('sending');
    try {
      const answer = await send(
        `/api/satisfaction/sites/${encodeURIComponent(code)}/imports`,
        form,
        session.data?.csrfToken ?? null,
        (share) => {
          setProgress(share);
          if (share >= 1) setPhase('checking');
        },
      );
      if (answer.status === 200) setResult(answer.body as ImportResult);
      else setError((answer.body as { error: ServerError }).error);
    } catch {
      setError({ code: 'internal.error', message: { id: t('error.generic'), en: t('error.generic') } });
    } finally {
      setPhase('idle');
    }
  };

  // The problems by row: each row once, its problems beside it (problems of the whole file have no row).
  const byRow = new Map<number | null, Detail[]>();
  for (const d of error?.details ?? []) {
    const row = d.row ?? null;
    byRow.set(row, [...(byRow.get(row) ?? []), d]);
  }
  const busy = phase !== 'idle';

  return (
    <section className="site-admin survey-import">
      <h1>{t('skmReport.importHeading')}</h1>
      <p>{t('skmReport.importHelp')}</p>
      <p>
        <a href="/api/satisfaction/survey-template.xlsx">{t('skmReport.templateXlsx')}</a> ·{' '}
        <a href="/api/satisfaction/survey-template.csv">{t('skmReport.templateCsv')}</a> ·{' '}
        <Link to={`/kelola/mpp/${code}/survei`}>{t('skmReport.backToPeriods')}</Link>
      </p>
      <form className="editor" onSubmit={(e) => void submit(e)}>
        <label>
          {t('skmReport.file')}
          <input name="file" type="file" accept=".xlsx,.csv" required />
        </label>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('skmReport.importSubmit')}
        </button>
      </form>
      <div aria-live="polite">
        {busy && (
          <p role="status">
            <progress
              max={1}
              value={phase === 'checking' ? undefined : progress}
              aria-label={t('skmReport.progress')}
            />{' '}
            {phase === 'sending'
              ? t('skmReport.sending', { percent: Math.round(progress * 100) })
              : t('skmReport.checking')}
          </p>
        )}
        {result && (
          <p role="status" className="import-done">
            {t('skmReport.imported', { rows: result.rows, withService: result.withService })}
          </p>
        )}
        {error && (
          <>
            <p role="alert">{msg(error.message)}</p>
            {byRow.size > 0 && (
              <table className="import-errors">
                <caption>{t('skmReport.errorsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('skmReport.row')}</th>
                    <th scope="col">{t('skmReport.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...byRow].map(([row, details]) => (
                    <tr key={row ?? 'file'} data-row={row ?? 'file'}>
                      <th scope="row">
                        {row === null ? t('skmReport.wholeFile') : t('skmReport.rowNumber', { row })}
                      </th>
                      <td>
                        <ul>
                          {details.map((d) => (
                            <li key={`${d.column ?? d.field}-${msg(d.message)}`}>
                              <strong>{d.column ?? d.field}</strong>: {msg(d.message)}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </section>
  );
}
