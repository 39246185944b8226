import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { NotFoundPage } from '../../components/page-state.tsx';
import { api, isNotFound } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import type { FileDetail } from './types.ts';

const DOC_STATES = ['pending', 'received', 'verified', 'missing'] as const;

/** /berkas/:id — one file: where it stands, what is missing, who moved it when; the officer moves it on. */
export function FileDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const f = useFileFormat();
  const errorText = useErrorText();
  const session = useSession();
  const file = useQuery({
    queryKey: ['file', id],
    queryFn: () => api<FileDetail>(`/api/requests/${id}`),
    enabled: Boolean(session.data),
    staleTime: 0,
  });
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (path: string, method: string, body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/requests/${id}/${path}`, { method, body });
      setNote('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      await file.refetch();
      setBusy(false);
    }
  };
  if (!session.isLoading && !session.data)
    return <Link to={`/masuk?next=/berkas/${id}`}>{t('application.signInFirst')}</Link>;
  if (isNotFound(file.error)) return <NotFoundPage />;
  if (file.isError) return <p role="alert">{errorText(file.error)}</p>;
  const d = file.data;
  if (!d) return <p>{t('application.loading')}</p>;
  const currentIndex = d.workflow.indexOf(d.state);
  return (
    <section className="file-detail">
      <p>
        <Link to="/berkas">{t('application.detail.back')}</Link>
      </p>
      <h1>
        <span className="file-code">{d.code}</span> · {d.service}
      </h1>
      <p>
        {t('application.detail.citizen')}: <strong>{d.citizen.name}</strong> · NIK {d.citizen.nik}
        {d.citizen.phone ? ` · ${d.citizen.phone}` : ''} · {d.booth}
      </p>
      <p>
        {t('application.col.opened')} {f.dateTime(d.openedAt, d.timezone)} · {t('application.col.due')}{' '}
        <strong>{f.dateTime(d.dueAt, d.timezone)}</strong> · {t('application.detail.completionTime')}:{' '}
        {t(`time.${d.completionTime.unit}`, { count: d.completionTime.amount })}
        {d.sla && (
          <>
            {' · '}
            <span className={`sla sla-${d.sla}`} data-testid="file-sla">
              {t(`application.sla.${d.sla}`)}
            </span>
          </>
        )}
      </p>
      {d.paused && <p className="console-banner">{t('application.detail.paused')}</p>}
      <h2>{t('application.detail.steps')}</h2>
      <ol className="file-steps">
        {d.workflow.map((code, i) => (
          <li
            key={code}
            className={i < currentIndex ? 'past' : i === currentIndex ? 'current' : ''}
            aria-current={i === currentIndex ? 'step' : undefined}
          >
            {f.stepLabel(code, d.steps)}
          </li>
        ))}
      </ol>
      {(d.state === 'returned' || d.state === 'rejected') && (
        <p className="console-banner" data-testid="file-state">
          {f.stepLabel(d.state, d.steps)}
        </p>
      )}
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      {d.next.length > 0 ? (
        <div className="file-moves">
          <label>
            {t('application.detail.note')}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />
          </label>
          <div className="form-actions">
            {d.next.map((to) => (
              <button
                key={to}
                type="button"
                disabled={busy}
                className={to === 'rejected' ? 'danger' : to === 'returned' ? '' : 'primary'}
                onClick={() => void act('moves', 'POST', { to, note })}
              >
                {t('application.detail.move')}: {f.stepLabel(to, d.steps)}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p>{t('application.detail.final')}</p>
      )}
      <h2>{t('application.detail.checklist')}</h2>
      {d.missing.length > 0 && (
        <p className="hint">{t('application.detail.missing', { names: d.missing.join(', ') })}</p>
      )}
      <ul className="file-checklist">
        {d.checklist.map((item, index) => (
          <li key={item.name}>
            <span>
              {item.name}
              {item.mandatory ? ` (${t('application.intake.mandatory')})` : ''}
            </span>
            <select
              aria-label={item.name}
              value={item.state}
              disabled={busy || d.next.length === 0 || d.state === 'done'}
              onChange={(e) => void act(`documents/${index}`, 'PUT', { state: e.target.value })}
            >
              {DOC_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`application.doc.${s}`)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <h2>{t('application.detail.history')}</h2>
      <ol className="file-history">
        {d.history.map((h) => (
          <li key={`${h.at}-${h.toState}`}>
            {f.dateTime(h.at, d.timezone)} — {f.stepLabel(h.toState, d.steps)} · {h.actorName}
            {h.note ? ` · “${h.note}”` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
