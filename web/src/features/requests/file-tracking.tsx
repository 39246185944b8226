import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import type { TrackedFile, TrackRequest } from './types.ts';

/** /lacak-berkas — the citizen's view of a file: steps reached, expected date, what is missing. No personal data. */
export function FileTrackingPage() {
  const { t } = useTranslation();
  const f = useFileFormat();
  const format = useDateFormat();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [file, setFile] = useState<TrackedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [last4, setLast4] = useState('');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    setLast4(String(form.get('last4') ?? ''));
    try {
      setFile(
        await api<TrackedFile>('/api/requests/track', {
          method: 'POST',
          body: {
            code: String(form.get('code') ?? ''),
            last4: String(form.get('last4') ?? ''),
          } satisfies TrackRequest,
        }),
      );
    } catch (err) {
      setFile(null);
      setError(errorText(err));
    }
  };
  const reachedIndex = file ? Math.max(...file.steps.map((s, i) => (s.reachedAt ? i : -1))) : -1;
  return (
    <section className="file-tracking">
      <h1>{t('application.track.heading')}</h1>
      <p>{t('application.track.intro')}</p>
      <form onSubmit={(e) => void submit(e)} className="inline-form">
        <label>
          {t('application.track.code')}
          <input
            name="code"
            required
            defaultValue={params.get('kode') ?? ''}
            autoComplete="off"
            placeholder="XXXX-XXXX-XXXX"
          />
        </label>
        <label>
          {t('application.track.last4')}
          <input
            name="last4"
            required
            inputMode="numeric"
            pattern="[0-9]{4}"
            maxLength={4}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="primary">
          {t('application.track.submit')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {file && (
        <article aria-live="polite" data-testid="tracked-file">
          <h2>
            {file.service} · <span className="file-code">{file.code}</span>
          </h2>
          <p>
            {file.site} · {file.booth}
          </p>
          {file.readyToCollect && (
            <p className="console-banner">
              {t('application.track.ready', { booth: file.booth, site: file.site })}
            </p>
          )}
          {file.state === 'handed_over' && <p>{t('application.track.handedOver')}</p>}
          {file.state === 'rejected' && <p className="console-error">{t('application.track.rejected')}</p>}
          {file.paused && <p className="console-banner">{t('application.track.paused')}</p>}
          {file.sla === 'late' && <p className="console-error">{t('application.track.late')}</p>}
          {file.reason && (
            <p>
              {t('application.track.reason')}: “{file.reason}”
            </p>
          )}
          {!['done', 'handed_over', 'rejected'].includes(file.state) && (
            <p>
              {t('application.track.expected')}: <strong>{f.date(file.dueAt, file.timezone)}</strong>
            </p>
          )}
          <ol className="file-steps">
            {file.steps.map((s, i) => (
              <li key={s.code} className={s.reachedAt ? (i === reachedIndex ? 'current' : 'past') : ''}>
                {f.stepLabel(s.code, file.steps)}
                {s.reachedAt ? ` — ${format.instant(s.reachedAt, file.timezone)}` : ''}
              </li>
            ))}
          </ol>
          {file.missing.length > 0 && (
            <>
              <h3>{t('application.track.missing')}</h3>
              <ul>
                {file.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
          {/* A complaint about this file: linked to it; the digits just typed go along in the page's state. */}
          <p>
            <Link
              className="complaint-entry"
              to={`/pengaduan?berkas=${encodeURIComponent(file.code)}`}
              state={{ last4 }}
            >
              {t('complaintFiling.entry')}
            </Link>
          </p>
          <p className="hint">{t('application.track.noPersonalData')}</p>
        </article>
      )}
    </section>
  );
}
