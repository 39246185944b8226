import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFindingFormat } from './finding-format.ts';
import type { AnswerRequest, EditRequest, FindingDetail, Moved, VerifyRequest } from './types.ts';

/** One finding: its facts, its timeline, and the form the viewer may use now (answer, verify, edit). */
export function FindingPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useFindingFormat();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: ['finding', id],
    queryFn: () => api<FindingDetail>(`/api/evaluation/findings/${id}`),
    staleTime: 0,
  });
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opened (or moved to another finding): keyboard and screen-reader users land on its title.
  const loadedId = detail.data?.id;
  useLayoutEffect(() => {
    if (loadedId) heading.current?.focus();
  }, [loadedId]);
  if (detail.isError) return <p role="alert">{errorText(detail.error)}</p>;
  const d = detail.data;
  if (!d) return <p>{t('evaluationFindings.loading')}</p>;
  const refresh = async (message: string | null) => {
    setConflict(false);
    setDone(message);
    await Promise.all([
      detail.refetch(),
      client.invalidateQueries({ queryKey: ['findings'] }),
      client.invalidateQueries({ queryKey: ['findings-overdue'] }),
    ]);
  };
  const forms = { onDone: (m: string) => void refresh(m), onConflict: () => setConflict(true) };
  return (
    <section
      className="finding-panel"
      aria-labelledby="finding-title"
      onKeyDown={(e) => {
        // Escape closes the panel from anywhere in it (a form's half-typed text is the browser's to keep or lose).
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="finding-panel-head">
        <h2 id="finding-title" ref={heading} tabIndex={-1}>
          {d.title}
        </h2>
        <button type="button" onClick={onClose}>
          {t('evaluationFindings.close')}
        </button>
      </div>
      {conflict && <ConflictBanner onReload={() => void refresh(null)} />}
      {done && !conflict && (
        <p role="status" className="console-banner">
          {done}
        </p>
      )}
      <dl className="finding-facts">
        <dt>{t('evaluationFindings.facts.status')}</dt>
        <dd data-testid="finding-status">
          {f.status(d.status)}
          {d.overdue && (
            <>
              {' '}
              <span className="finding-late">{t('evaluationFindings.late')}</span>
            </>
          )}
        </dd>
        <dt>{t('evaluationFindings.facts.unit')}</dt>
        <dd>
          {d.agency?.name ?? '—'}
          {d.booth ? ` · ${d.booth.name}` : ''}
        </dd>
        <dt>{t('evaluationFindings.facts.assignee')}</dt>
        <dd>{f.assignee(d.assignee)}</dd>
        <dt>{t('evaluationFindings.facts.severity')}</dt>
        <dd>
          <span className={`severity severity-${d.severity}`}>{f.severity(d.severity)}</span>
        </dd>
        <dt>{t('evaluationFindings.facts.due')}</dt>
        <dd>{f.at(d.dueAt, d.timezone)}</dd>
        {(d.evidence || d.photoIds.length > 0) && (
          <>
            <dt>{t('evaluationFindings.facts.evidence')}</dt>
            <dd className="finding-text">
              {d.evidence}
              {d.photoIds.length > 0 &&
                ` (${t('evaluationFindings.facts.photos', { count: d.photoIds.length })})`}
            </dd>
          </>
        )}
        <dt>{t('evaluationFindings.facts.recommendation')}</dt>
        <dd className="finding-text">{d.recommendation}</dd>
      </dl>
      {d.may.answer && <AnswerForm d={d} {...forms} />}
      {d.may.verify && <VerifyForm d={d} {...forms} />}
      {d.may.edit && <EditForm d={d} {...forms} />}
      <h3>{t('evaluationFindings.timeline')}</h3>
      <ol className="finding-timeline">
        <li>
          <span className="when">{f.at(d.createdAt, d.timezone)}</span> —{' '}
          <strong>{t('evaluationFindings.created')}</strong>
        </li>
        {d.actions.map((a) => (
          <li key={`${a.at}-${a.kind}`}>
            <span className="when">{f.at(a.at, d.timezone)}</span> — <strong>{f.kind(a.kind)}</strong> ·{' '}
            {a.actor}
            {a.doneOn ? ` · ${t('evaluationFindings.doneOn', { date: f.date(a.doneOn) })}` : ''}
            {a.text && <p className="finding-text">{a.text}</p>}
            {a.evidence && (
              <p className="finding-text">{t('evaluationFindings.evidenceOf', { text: a.evidence })}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Someone else changed the finding first: said at the panel's top, the focus on "reload". */
function ConflictBanner({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div role="alert" className="console-error finding-conflict">
      <p>{t('evaluationFindings.conflict')}</p>
      <button ref={ref} type="button" className="primary" onClick={onReload}>
        {t('evaluationFindings.reload')}
      </button>
    </div>
  );
}

/** Sends a change; 409 (someone else changed it first) goes to the panel's "reload", field errors to the fields. */
function useSend(fields: readonly string[], onConflict: () => void) {
  const errors = useFormErrors(fields);
  const [busy, setBusy] = useState(false);
  const send = async (run: () => Promise<Moved>): Promise<boolean> => {
    setBusy(true);
    errors.clear();
    try {
      await run();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onConflict();
      else errors.setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, send };
}

function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function AnswerForm({
  d,
  onDone,
  onConflict,
}: {
  d: FindingDetail;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { busy, errors, send } = useSend(['text', 'evidence', 'doneOn'], onConflict);
  const [body, setBody] = useState<Omit<AnswerRequest, 'expectedVersion'>>({
    text: '',
    evidence: '',
    doneOn: today(d.timezone),
  });
  const submit = async () => {
    const ok = await send(() =>
      api<Moved>(`/api/evaluation/findings/${d.id}/answer`, {
        method: 'POST',
        body: { ...body, expectedVersion: d.version },
      }),
    );
    if (ok) onDone(t('evaluationFindings.answer.done'));
  };
  return (
    <form
      className="finding-form"
      aria-labelledby="answer-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="answer-heading">{t('evaluationFindings.answer.heading')}</h3>
      {errors.summary && (
        <p role="alert" className="form-error">
          {errors.summary}
        </p>
      )}
      <label>
        {t('evaluationFindings.answer.text')}
        <textarea
          value={body.text}
          onChange={(e) => setBody({ ...body, text: e.currentTarget.value })}
          rows={3}
          maxLength={4000}
          aria-invalid={errors.field('text') ? true : undefined}
          aria-describedby="answer-text-error"
        />
        <FieldError text={errors.field('text')} id="answer-text-error" />
      </label>
      <label>
        {t('evaluationFindings.answer.evidence')}
        <textarea
          value={body.evidence}
          onChange={(e) => setBody({ ...body, evidence: e.currentTarget.value })}
          rows={2}
          maxLength={4000}
          aria-invalid={errors.field('evidence') ? true : undefined}
          aria-describedby="answer-evidence-error"
        />
        <FieldError text={errors.field('evidence')} id="answer-evidence-error" />
      </label>
      <label>
        {t('evaluationFindings.answer.doneOn')}
        <input
          type="date"
          value={body.doneOn}
          max={today(d.timezone)}
          onChange={(e) => setBody({ ...body, doneOn: e.currentTarget.value })}
          aria-invalid={errors.field('doneOn') ? true : undefined}
          aria-describedby="answer-done-error"
        />
        <FieldError text={errors.field('doneOn')} id="answer-done-error" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('evaluationFindings.answer.submit')}
        </button>
      </div>
    </form>
  );
}

function VerifyForm({
  d,
  onDone,
  onConflict,
}: {
  d: FindingDetail;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { busy, errors, send } = useSend(['reason'], onConflict);
  const [reason, setReason] = useState('');
  const submit = async (verdict: VerifyRequest['verdict']) => {
    const ok = await send(() =>
      api<Moved>(`/api/evaluation/findings/${d.id}/verify`, {
        method: 'POST',
        body: { expectedVersion: d.version, verdict, reason },
      }),
    );
    if (ok)
      onDone(
        t(verdict === 'close' ? 'evaluationFindings.verify.closed' : 'evaluationFindings.verify.returned'),
      );
  };
  return (
    <form
      className="finding-form"
      aria-labelledby="verify-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit('close');
      }}
    >
      <h3 id="verify-heading">{t('evaluationFindings.verify.heading')}</h3>
      {errors.summary && (
        <p role="alert" className="form-error">
          {errors.summary}
        </p>
      )}
      <label>
        {t('evaluationFindings.verify.reason')}
        <textarea
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          rows={2}
          maxLength={4000}
          aria-invalid={errors.field('reason') ? true : undefined}
          aria-describedby="verify-reason-error"
        />
        <FieldError text={errors.field('reason')} id="verify-reason-error" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('evaluationFindings.verify.close')}
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('return')}>
          {t('evaluationFindings.verify.return')}
        </button>
      </div>
    </form>
  );
}

function EditForm({
  d,
  onDone,
  onConflict,
}: {
  d: FindingDetail;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { busy, errors, send } = useSend(['recommendation', 'dueDays'], onConflict);
  const [recommendation, setRecommendation] = useState(d.recommendation);
  const [dueDays, setDueDays] = useState('');
  const submit = async () => {
    const body: EditRequest = { expectedVersion: d.version, recommendation };
    if (dueDays.trim()) body.dueDays = Number(dueDays);
    const ok = await send(() => api<Moved>(`/api/evaluation/findings/${d.id}`, { method: 'PATCH', body }));
    if (ok) onDone(t('evaluationFindings.edit.done'));
  };
  return (
    <form
      className="finding-form"
      aria-labelledby="edit-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="edit-heading">{t('evaluationFindings.edit.heading')}</h3>
      {errors.summary && (
        <p role="alert" className="form-error">
          {errors.summary}
        </p>
      )}
      <label>
        {t('evaluationFindings.edit.recommendation')}
        <textarea
          value={recommendation}
          onChange={(e) => setRecommendation(e.currentTarget.value)}
          rows={3}
          maxLength={4000}
          aria-invalid={errors.field('recommendation') ? true : undefined}
          aria-describedby="edit-recommendation-error"
        />
        <FieldError text={errors.field('recommendation')} id="edit-recommendation-error" />
      </label>
      <label>
        {t('evaluationFindings.edit.dueDays')}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={dueDays}
          onChange={(e) => setDueDays(e.currentTarget.value)}
          aria-invalid={errors.field('dueDays') ? true : undefined}
          aria-describedby="edit-due-error"
        />
        <FieldError text={errors.field('dueDays')} id="edit-due-error" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('evaluationFindings.edit.submit')}
        </button>
      </div>
    </form>
  );
}
