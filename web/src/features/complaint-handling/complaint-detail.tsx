import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { NotFoundPage } from '../../components/page-state.tsx';
import { ApiError, api, isNotFound } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useComplaintFormat } from './complaint-format.ts';
import { identityText } from './complaint-list.tsx';
import type { ComplaintDetail, FullIdentity, Moved, MoveRequest, SiteBooths } from './types.ts';
import './complaint-handling.css';

/** Moves whose form asks for a reason (the server refuses them without one). */
const NEEDS_REASON = ['postpone', 'archive', 'forward', 'reopen', 'return_follow_up'];
const ARCHIVE_OUTCOMES = ['not_complaint', 'duplicate', 'abusive'] as const;
const FORWARD_OUTCOMES = ['other_agency', 'lapor'] as const;

/** /kelola/pengaduan/:id — one complaint: its timeline, deadlines, identity, and the moves the viewer may make. */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const errorText = useErrorText();
  const f = useComplaintFormat();
  const date = useDateFormat();
  const detail = useQuery({
    queryKey: ['complaint', id],
    queryFn: () => api<ComplaintDetail>(`/api/complaints/${id}`),
    enabled: Boolean(session.data),
    staleTime: 0,
  });
  const [open, setOpen] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!session.isLoading && !session.data)
    return <Link to={`/masuk?next=/kelola/pengaduan/${id}`}>{t('complaintHandling.signInFirst')}</Link>;
  if (isNotFound(detail.error)) return <NotFoundPage />;
  if (detail.isError) return <p role="alert">{errorText(detail.error)}</p>;
  const d = detail.data;
  if (!d) return <p>{t('complaintHandling.loading')}</p>;
  const reload = async () => {
    setConflict(false);
    setOpen(null);
    await detail.refetch();
  };
  const finished = async (action: string) => {
    setOpen(null);
    setDone(action);
    await detail.refetch();
  };
  const deadlines = [
    // An answered complaint's stage is no deadline: the moment it closes by itself without the citizen's reply.
    [d.status === 'answered' ? 'autoClose' : 'stage', d.deadlines.stageDueAt],
    ['answer', d.deadlines.answerDueAt],
    ['followUp', d.deadlines.followUpDueAt],
    ['response', d.deadlines.responseDueAt],
    ['decision', d.deadlines.decisionDueAt],
  ] as const;
  return (
    <section className="complaint-detail">
      <p>
        <Link to="/kelola/pengaduan">{t('complaintHandling.back')}</Link>
      </p>
      <h1>
        <span className="complaint-code">{d.code}</span> · {f.kind(d.kind)}
      </h1>
      <p>
        <strong data-testid="complaint-status">{f.status(d.status)}</strong> ·{' '}
        {d.stageState !== 'none' && (
          <>
            <span className={`stage stage-${d.stageState}`}>{f.stage(d.stageState)}</span> ·{' '}
          </>
        )}
        {f.channel(d.channel)}
        {d.laporId ? ` · LAPOR! ${d.laporId}` : ''} · {t('complaintHandling.col.received')}{' '}
        {f.at(d.receivedAt, d.timezone)}
      </p>
      {conflict && <ConflictBanner onReload={() => void reload()} />}
      {done && !conflict && (
        <p role="status" className="console-banner">
          {t('complaintHandling.done', { action: f.action(done) })}
        </p>
      )}
      <div className="complaint-columns">
        <div>
          <h2>{t('complaintHandling.what')}</h2>
          <dl className="complaint-facts">
            <dt>{t('complaintHandling.col.agency')}</dt>
            <dd>
              {d.agency?.name ?? '—'}
              {d.booth ? ` · ${d.booth}` : ''}
              {d.service ? ` · ${d.service}` : ''}
            </dd>
            <dt>{t('complaintHandling.description')}</dt>
            <dd className="complaint-text">{d.description}</dd>
            {d.asks && (
              <>
                <dt>{t('complaintHandling.asks')}</dt>
                <dd className="complaint-text">{d.asks}</dd>
              </>
            )}
            {d.happenedOn && (
              <>
                <dt>{t('complaintHandling.happenedOn')}</dt>
                <dd>{date.day(d.happenedOn)}</dd>
              </>
            )}
            {d.answer && (
              <>
                <dt>{t('complaintHandling.answer')}</dt>
                <dd className="complaint-text" data-testid="complaint-answer">
                  {d.answer}
                </dd>
              </>
            )}
            {d.citizen.resolved !== null && (
              <>
                <dt>{t('complaintHandling.citizenReply')}</dt>
                <dd>
                  {t(d.citizen.resolved ? 'complaintHandling.resolved' : 'complaintHandling.unresolved')}
                  {d.citizen.rating ? ` · ${d.citizen.rating}/4` : ''}
                  {d.citizen.remark ? ` · “${d.citizen.remark}”` : ''}
                </dd>
              </>
            )}
            {d.outcome && (
              <>
                <dt>{t('complaintHandling.outcomeLabel')}</dt>
                <dd>
                  {t(`complaintHandling.outcome.${d.outcome}`)}
                  {d.forwardedTo ? ` · ${d.forwardedTo}` : ''}
                </dd>
              </>
            )}
          </dl>
          <IdentityBox d={d} onConflict={() => setConflict(true)} onChanged={() => void detail.refetch()} />
          {d.attachments.length > 0 && (
            <>
              <h2>{t('complaintHandling.attachments')}</h2>
              <ul>
                {d.attachments.map((a) => (
                  <li key={a.id}>
                    {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} kB)
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <h2>{t('complaintHandling.deadlines')}</h2>
          <dl className="complaint-deadlines">
            {deadlines.map(([key, at]) =>
              at ? (
                <div key={key}>
                  <dt>{t(`complaintHandling.deadline.${key}`)}</dt>
                  <dd>
                    {f.at(at, d.timezone)}
                    {key === 'stage' && d.stageState !== 'none' && (
                      <>
                        {' '}
                        <span className={`stage stage-${d.stageState}`}>{f.stage(d.stageState)}</span>
                      </>
                    )}
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
          <h2>{t('complaintHandling.actions')}</h2>
          {d.moves.length === 0 ? (
            <p>{t('complaintHandling.noMoves')}</p>
          ) : (
            <div className="form-actions complaint-moves">
              {d.moves.map((m) => (
                <button
                  key={m}
                  type="button"
                  aria-expanded={open === m}
                  className={open === m ? 'primary' : ''}
                  onClick={() => {
                    setDone(null);
                    setOpen(open === m ? null : m);
                  }}
                >
                  {f.action(m)}
                </button>
              ))}
            </div>
          )}
          {open && (
            <MoveForm
              key={open}
              action={open}
              d={d}
              onCancel={() => setOpen(null)}
              onDone={() => void finished(open)}
              onConflict={() => setConflict(true)}
            />
          )}
        </div>
      </div>
      <h2>{t('complaintHandling.timeline')}</h2>
      <ol className="complaint-timeline">
        {d.steps.map((s) => (
          <li key={`${s.at}-${s.action}-${s.toStatus}`}>
            <span className="when">{f.at(s.at, d.timezone)}</span> — <strong>{f.action(s.action)}</strong>
            {s.fromStatus !== s.toStatus ? ` → ${f.status(s.toStatus)}` : ''} · {s.actor}
            {s.public ? ` · ${t('complaintHandling.public')}` : ''}
            {s.note ? <p className="complaint-text">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Someone else moved the complaint first: said where the page starts, the focus on "reload" (scrolled to). */
function ConflictBanner({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div role="alert" className="console-error complaint-conflict">
      <p>{t('complaintHandling.conflict')}</p>
      <button ref={ref} type="button" className="primary" onClick={onReload}>
        {t('complaintHandling.reload')}
      </button>
    </div>
  );
}

/** Sends a request; a 409 (someone else moved it first) goes to the page's "reload" banner, not the form. */
function useSend(onConflict: () => void) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async <T,>(run: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await run();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.code !== 'complaint.reopened_once')
        onConflict();
      else setError(errorText(e));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, send };
}

/** Focuses the form's first field when it opens (keyboard users land where they type). */
function useFirstField() {
  const ref = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, textarea, input')?.focus();
  }, []);
  return ref;
}

function MoveForm({
  action,
  d,
  onCancel,
  onDone,
  onConflict,
}: {
  action: string;
  d: ComplaintDetail;
  onCancel: () => void;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const f = useComplaintFormat();
  const ref = useFirstField();
  const { busy, error, send } = useSend(onConflict);
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState('');
  const [outcome, setOutcome] = useState(action === 'forward' ? 'other_agency' : '');
  const [forwardedTo, setForwardedTo] = useState('');
  const [laporId, setLaporId] = useState(d.laporId ?? '');
  const [agencyId, setAgencyId] = useState(d.agency?.id ?? '');
  const [boothId, setBoothId] = useState('');
  const site = useQuery({
    queryKey: ['site-booths', d.siteId],
    queryFn: () => api<SiteBooths>(`/api/sites/${d.siteId}`),
    enabled: action === 'dispatch',
  });
  const agencies = new Map((site.data?.booths ?? []).map((b) => [b.agency.id, b.agency.name]));
  const booths = (site.data?.booths ?? []).filter((b) => b.agency.id === agencyId);
  const submit = async () => {
    const ok =
      action === 'follow_up'
        ? await send(() =>
            api<Moved>(`/api/complaints/${d.id}/follow-up`, {
              method: 'POST',
              body: { expectedVersion: d.version, note },
            }),
          )
        : await send(() => {
            const body: MoveRequest = {
              action: action as MoveRequest['action'],
              expectedVersion: d.version,
              note,
            };
            if (action === 'answer') body.answer = answer;
            if (action === 'archive' || action === 'forward')
              body.outcome = (outcome || undefined) as MoveRequest['outcome'];
            if (action === 'forward') {
              body.forwardedTo = forwardedTo;
              if (laporId.trim()) body.laporId = laporId.trim();
            }
            if (action === 'dispatch') {
              body.agencyId = agencyId || undefined;
              if (boothId) body.boothId = boothId;
            }
            return api<Moved>(`/api/complaints/${d.id}/moves`, { method: 'POST', body });
          });
    if (ok) onDone();
  };
  const reasonRequired = NEEDS_REASON.includes(action);
  return (
    <form
      ref={ref}
      className="complaint-form"
      aria-label={f.action(action)}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3>{f.action(action)}</h3>
      {action === 'archive' && (
        <label>
          {t('complaintHandling.form.archiveOutcome')}
          <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} required>
            <option value="">—</option>
            {ARCHIVE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`complaintHandling.outcome.${o}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === 'forward' && (
        <>
          <label>
            {t('complaintHandling.form.forwardOutcome')}
            <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} required>
              {FORWARD_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`complaintHandling.outcome.${o}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('complaintHandling.form.forwardedTo')}
            <input
              value={forwardedTo}
              onChange={(e) => setForwardedTo(e.currentTarget.value)}
              maxLength={200}
              required={outcome === 'other_agency'}
            />
          </label>
          {outcome === 'lapor' && (
            <label>
              {t('complaintHandling.form.laporId')}
              <input value={laporId} onChange={(e) => setLaporId(e.currentTarget.value)} maxLength={60} />
            </label>
          )}
        </>
      )}
      {action === 'dispatch' && (
        <>
          <label>
            {t('complaintHandling.form.agency')}
            <select
              value={agencyId}
              onChange={(e) => {
                setAgencyId(e.currentTarget.value);
                setBoothId('');
              }}
              required
            >
              <option value="">—</option>
              {[...agencies].map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('complaintHandling.form.booth')}
            <select value={boothId} onChange={(e) => setBoothId(e.currentTarget.value)}>
              <option value="">{t('complaintHandling.form.anyBooth')}</option>
              {booths.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {action === 'answer' ? (
        <label>
          {t('complaintHandling.form.answer')}
          <textarea
            value={answer}
            onChange={(e) => setAnswer(e.currentTarget.value)}
            rows={5}
            maxLength={4000}
            minLength={10}
            required
          />
          <span className="hint">{t('complaintHandling.form.answerHint')}</span>
        </label>
      ) : (
        <label>
          {action === 'follow_up'
            ? t('complaintHandling.form.followUp')
            : reasonRequired
              ? t('complaintHandling.form.reason')
              : t('complaintHandling.form.note')}
          <textarea
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            rows={action === 'follow_up' ? 5 : 3}
            maxLength={action === 'follow_up' ? 4000 : 2000}
            required={reasonRequired || action === 'follow_up'}
          />
          {action === 'follow_up' && <span className="hint">{t('complaintHandling.form.followUpHint')}</span>}
        </label>
      )}
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('complaintHandling.form.submit', { action: f.action(action) })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('complaintHandling.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The complainant: masked or withheld as the server decided; the full read asks a reason (and is audited). */
function IdentityBox({
  d,
  onConflict,
  onChanged,
}: {
  d: ComplaintDetail;
  onConflict: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'read' | 'release' | null>(null);
  const [full, setFull] = useState<FullIdentity | null>(null);
  const i = d.identity;
  return (
    <div className="complaint-identity">
      <h2>{t('complaintHandling.identity.heading')}</h2>
      <p>
        {t(`complaintHandling.identity.mode.${i.mode}`)}
        {i.released ? ` · ${t('complaintHandling.identity.released')}` : ''}
      </p>
      {full ? (
        <dl className="complaint-facts" data-testid="identity-full">
          <dt>{t('complaintHandling.identity.name')}</dt>
          <dd>{full.name ?? '—'}</dd>
          <dt>{t('complaintHandling.identity.phone')}</dt>
          <dd>{full.phone ?? '—'}</dd>
          <dt>{t('complaintHandling.identity.email')}</dt>
          <dd>{full.email ?? '—'}</dd>
        </dl>
      ) : i.mode === 'anonymous' ? null : (
        <p data-testid="identity-shown">
          {identityText(t, i)}
          {i.shown === 'masked' && (i.phone || i.email)
            ? ` · ${[i.phone, i.email].filter(Boolean).join(' · ')}`
            : ''}
        </p>
      )}
      <div className="form-actions">
        {d.may.readIdentity && !full && (
          <button type="button" aria-expanded={asking === 'read'} onClick={() => setAsking('read')}>
            {t('complaintHandling.identity.read')}
          </button>
        )}
        {d.may.releaseIdentity && (
          <button type="button" aria-expanded={asking === 'release'} onClick={() => setAsking('release')}>
            {t('complaintHandling.identity.release')}
          </button>
        )}
      </div>
      {asking && (
        <ReasonForm
          key={asking}
          kind={asking}
          id={d.id}
          onCancel={() => setAsking(null)}
          onConflict={onConflict}
          onRead={(identity) => {
            setFull(identity);
            setAsking(null);
          }}
          onReleased={() => {
            setAsking(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function ReasonForm({
  kind,
  id,
  onCancel,
  onConflict,
  onRead,
  onReleased,
}: {
  kind: 'read' | 'release';
  id: string;
  onCancel: () => void;
  onConflict: () => void;
  onRead: (identity: FullIdentity) => void;
  onReleased: () => void;
}) {
  const { t } = useTranslation();
  const ref = useFirstField();
  const { busy, error, send } = useSend(onConflict);
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (kind === 'read') {
      const identity = await send(() =>
        api<FullIdentity>(`/api/complaints/${id}/identity`, { method: 'POST', body: { reason } }),
      );
      if (identity) onRead(identity);
    } else {
      const moved = await send(() =>
        api<Moved>(`/api/complaints/${id}/identity/release`, { method: 'POST', body: { reason } }),
      );
      if (moved) onReleased();
    }
  };
  return (
    <form
      ref={ref}
      className="complaint-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t(
          kind === 'read'
            ? 'complaintHandling.identity.readReason'
            : 'complaintHandling.identity.releaseReason',
        )}
        <textarea
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          rows={2}
          minLength={5}
          maxLength={500}
          required
        />
        <span className="hint">{t('complaintHandling.identity.audited')}</span>
      </label>
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(
            kind === 'read' ? 'complaintHandling.identity.show' : 'complaintHandling.identity.confirmRelease',
          )}
        </button>
        <button type="button" onClick={onCancel}>
          {t('complaintHandling.form.cancel')}
        </button>
      </div>
    </form>
  );
}
