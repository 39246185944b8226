import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import type { ReopenBody, ReplyBody, TrackComplaint, TrackedComplaint } from './types.ts';
import './complaint-filing.css';

/**
 * /pengaduan/lacak — the citizen follows their complaint with its code and PIN: where it stands, by when each step
 * is due (and the law's bounds), the steps taken, the answer; then their reply (resolved? a rating 1–4) or, once,
 * reopening it. No one's name or contact is ever shown (the server sends none).
 */
export function ComplaintTrackingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const errors = useFormErrors(['code', 'pin']);
  const [creds, setCreds] = useState<TrackComplaint | null>(null);
  const [view, setView] = useState<TrackedComplaint | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = { code: String(form.get('code') ?? '').trim(), pin: String(form.get('pin') ?? '').trim() };
    errors.clear();
    try {
      setView(await api<TrackedComplaint>('/api/complaints/track', { method: 'POST', body }));
      setCreds(body);
    } catch (err) {
      setView(null);
      errors.setError(err);
    }
  };
  return (
    <section className="complaint">
      <h1>{t('complaintFiling.track.heading')}</h1>
      <p>{t('complaintFiling.track.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="complaint-field">
          {t('complaintFiling.track.code')}
          <input
            name="code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            defaultValue={params.get('kode') ?? ''}
            placeholder="XXXXX-XXXXX"
            aria-describedby={errors.field('code') ? 'code-error' : undefined}
          />
          <FieldError text={errors.field('code')} id="code-error" />
        </label>
        <label className="complaint-field">
          {t('complaintFiling.track.pin')}
          <input
            name="pin"
            required
            inputMode="numeric"
            pattern="[0-9]{4}"
            maxLength={4}
            autoComplete="off"
            aria-describedby={errors.field('pin') ? 'pin-error' : undefined}
          />
          <FieldError text={errors.field('pin')} id="pin-error" />
        </label>
        {errors.summary && (
          <p role="alert" className="complaint-error">
            {errors.summary}
          </p>
        )}
        <button type="submit" className="complaint-submit">
          {t('complaintFiling.track.submit')}
        </button>
      </form>
      {view && creds && <TrackedView view={view} creds={creds} onChange={setView} />}
    </section>
  );
}

function TrackedView({
  view,
  creds,
  onChange,
}: {
  view: TrackedComplaint;
  creds: TrackComplaint;
  onChange: (v: TrackedComplaint) => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const at = (iso: string) => format.instant(iso, view.timezone);
  const place = [view.service, view.agency, view.booth, view.site].filter(Boolean).join(' · ');
  const open = !['closed', 'archived', 'forwarded', 'answered'].includes(view.status);
  return (
    <article aria-live="polite" data-testid="tracked-complaint">
      <h2>
        {t(`complaintFiling.kinds.${view.kind}`)} · <span className="complaint-code">{view.code}</span>
      </h2>
      <p>{place}</p>
      <p>
        {t('complaintFiling.track.status')}:{' '}
        <strong data-testid="complaint-status">{t(`complaintFiling.status.${view.status}`)}</strong>
      </p>
      {open && view.stageState === 'late' && (
        <p className="complaint-state-late">{t('complaintFiling.track.late')}</p>
      )}
      <dl className="complaint-deadlines">
        {open && view.stageDueAt && (
          <>
            <dt>{t('complaintFiling.track.stageDue')}</dt>
            <dd>{at(view.stageDueAt)}</dd>
          </>
        )}
        <dt>{t('complaintFiling.track.answerDue')}</dt>
        <dd>{at(view.answerDueAt)}</dd>
        <dt>{t('complaintFiling.track.lawBounds')}</dt>
        <dd>
          {t('complaintFiling.track.responseDue', { at: at(view.responseDueAt) })}
          <br />
          {t('complaintFiling.track.decisionDue', { at: at(view.decisionDueAt) })}
        </dd>
      </dl>
      <h3>{t('complaintFiling.track.steps')}</h3>
      <ol className="complaint-steps">
        {view.steps.map((s) => (
          <li key={`${s.action}-${s.at}`}>
            <strong>{t(`complaintFiling.status.${s.status}`)}</strong> — {at(s.at)}
            {s.note && <p>“{s.note}”</p>}
          </li>
        ))}
      </ol>
      {view.answer && (
        <>
          <h3>{t('complaintFiling.track.answer')}</h3>
          <p className="complaint-answer" data-testid="complaint-answer">
            {view.answer}
          </p>
        </>
      )}
      {view.reply && (
        <p>
          {view.reply.resolved ? t('complaintFiling.reply.saidResolved') : t('complaintFiling.reply.saidNot')}
          {view.reply.rating !== null && ` · ${t(`complaintFiling.reply.ratings.${view.reply.rating}`)}`}
        </p>
      )}
      {view.canReply && <ReplyForm creds={creds} onChange={onChange} />}
      {view.canReopen && <ReopenForm creds={creds} onChange={onChange} />}
      <p className="complaint-help">{t('complaintFiling.track.noPersonalData')}</p>
    </article>
  );
}

function ReplyForm({ creds, onChange }: { creds: TrackComplaint; onChange: (v: TrackedComplaint) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(['resolved', 'rating', 'remark']);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body: ReplyBody = {
      ...creds,
      resolved: form.get('resolved') === 'yes',
      rating: Number(form.get('rating') ?? 0),
      remark: String(form.get('remark') ?? ''),
    };
    errors.clear();
    try {
      onChange(await api<TrackedComplaint>('/api/complaints/track/reply', { method: 'POST', body }));
    } catch (err) {
      errors.setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="complaint-reply">
      <h3>{t('complaintFiling.reply.heading')}</h3>
      <fieldset className="complaint-choices">
        <legend>{t('complaintFiling.reply.resolved')}</legend>
        {(['yes', 'no'] as const).map((v) => (
          <div key={v} className="complaint-choice">
            <label>
              <input type="radio" name="resolved" value={v} required defaultChecked={v === 'yes'} />
              {t(`complaintFiling.reply.${v}`)}
            </label>
          </div>
        ))}
        <p className="complaint-help">{t('complaintFiling.reply.noMeans')}</p>
      </fieldset>
      <fieldset className="complaint-choices">
        <legend>{t('complaintFiling.reply.rating')}</legend>
        {([4, 3, 2, 1] as const).map((v) => (
          <div key={v} className="complaint-choice">
            <label>
              <input type="radio" name="rating" value={v} required />
              {t(`complaintFiling.reply.ratings.${v}`)}
            </label>
          </div>
        ))}
        <FieldError text={errors.field('rating')} />
      </fieldset>
      <label className="complaint-field">
        {t('complaintFiling.reply.remark')}
        <textarea name="remark" maxLength={1000} rows={3} />
        <FieldError text={errors.field('remark')} />
      </label>
      {errors.summary && (
        <p role="alert" className="complaint-error">
          {errors.summary}
        </p>
      )}
      <button type="submit" className="complaint-submit">
        {t('complaintFiling.reply.send')}
      </button>
    </form>
  );
}

function ReopenForm({ creds, onChange }: { creds: TrackComplaint; onChange: (v: TrackedComplaint) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(['reason']);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body: ReopenBody = { ...creds, reason: String(form.get('reason') ?? '') };
    errors.clear();
    try {
      onChange(await api<TrackedComplaint>('/api/complaints/track/reopen', { method: 'POST', body }));
    } catch (err) {
      errors.setError(err);
    }
  };
  return (
    <details className="complaint-choices">
      <summary>{t('complaintFiling.reopen.heading')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <p className="complaint-help">{t('complaintFiling.reopen.help')}</p>
        <label className="complaint-field">
          {t('complaintFiling.reopen.reason')}
          <textarea name="reason" required minLength={5} maxLength={1000} rows={3} />
          <FieldError text={errors.field('reason')} />
        </label>
        {errors.summary && (
          <p role="alert" className="complaint-error">
            {errors.summary}
          </p>
        )}
        <button type="submit" className="complaint-submit">
          {t('complaintFiling.reopen.send')}
        </button>
      </form>
    </details>
  );
}
