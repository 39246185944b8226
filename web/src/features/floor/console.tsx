import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { NotFoundPage } from '../../components/page-state.tsx';
import { api, isNotFound } from '../../lib/api.ts';
import { useDebounced, useFloorStream } from '../../lib/use-floor-stream.ts';
import { type CounterAction, useCounterActions } from './console-actions.ts';
import { NoShowList, TicketBadges, WaitingList } from './console-lists.tsx';
import { FileReceipt, IntakeForm } from './intake-form.tsx';
import { useFloorNotice } from './site-clock.tsx';
import { TransferForm } from './transfer-form.tsx';
import type { ConsoleView, OpenedFile } from './types.ts';

const OUTCOMES = ['served', 'incomplete_documents', 'referred'] as const;
/** Outcome 4: the file is taken in for processing (opens an application file; see requests/). */
const SUBMIT_KEY = '4';

/** Keys an officer uses without looking: shown on the buttons, ignored while typing in a field. */
const SHORTCUTS: Record<string, 'next' | 'recall' | 'serve' | 'finish' | 'noShow' | 'transfer' | 'pause'> = {
  n: 'next',
  r: 'recall',
  s: 'serve',
  f: 'finish',
  x: 'noShow',
  t: 'transfer',
  p: 'pause',
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

export function CounterConsole() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const notice = useFloorNotice();
  const view = useQuery({
    queryKey: ['console', id],
    queryFn: () => api<ConsoleView>(`/api/floor/counters/${id}/console`),
    enabled: Boolean(session.data),
    refetchInterval: 30_000,
    staleTime: 0,
  });
  const refetch = useDebounced(() => void view.refetch(), 150);
  useFloorStream(session.data ? `/api/floor/counters/${id}/stream` : null, view.data?.lastEventId, refetch);
  const { run, busy, error } = useCounterActions(id, () => view.refetch());
  const [mode, setMode] = useState<'idle' | 'finish' | 'transfer' | 'intake'>('idle');
  const [opened, setOpened] = useState<{ file: OpenedFile; serviceName: string } | null>(null);
  const [pauseReason, setPauseReason] = useState('');

  const data = view.data;
  const me = (session.data?.user as { id?: string } | undefined)?.id;
  const mine = Boolean(data?.session && data.session.userId === me);
  const onBreak = Boolean(data?.session?.onBreak);
  const current = data?.current ?? null;

  const act = (name: (typeof SHORTCUTS)[string]) => {
    if (!mine) return;
    if (name === 'pause') void run(onBreak ? 'resume' : 'pause', onBreak ? {} : { reason: pauseReason });
    else if (name === 'finish')
      setMode(current?.status === 'serving' || current?.status === 'called' ? 'finish' : 'idle');
    else if (name === 'transfer') setMode(current ? 'transfer' : 'idle');
    else {
      const map: Record<string, CounterAction> = {
        next: 'call-next',
        recall: 'recall',
        serve: 'serve',
        noShow: 'no-show',
      };
      void run(map[name] as CounterAction);
    }
  };
  const finishWith = (outcome: (typeof OUTCOMES)[number]) => {
    setMode('idle');
    void run('finish', { outcome });
  };

  // Re-attached after each render with that render's state. A layout effect, so it is in place as soon as the
  // render is: F then 4 typed fast must see the F (Preact, unlike React, runs plain effects only after paint).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (mode === 'finish') {
        const outcome = OUTCOMES[Number(key) - 1];
        if (outcome) finishWith(outcome);
        if (key === SUBMIT_KEY) setMode('intake');
        if (key === 'escape') setMode('idle');
        e.preventDefault();
        return;
      }
      const name = SHORTCUTS[key];
      if (name) {
        e.preventDefault();
        act(name);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!session.isLoading && !session.data)
    return <Link to={`/masuk?next=/loket/${id}`}>{t('floor.console.signInFirst')}</Link>;
  if (isNotFound(view.error)) return <NotFoundPage />;
  if (view.isError) return <p role="alert">{t('floor.console.unavailable')}</p>;
  if (!data) return <p>{t('floor.loading')}</p>;
  const banner = notice(data.floor);
  const key = (k: string) => <kbd>{k}</kbd>;

  return (
    <section className="console">
      <header className="console-header">
        <h1>
          {t('floor.console.counterN', { number: data.counter.number })} · {data.counter.boothName}
        </h1>
        <p>
          {data.session
            ? t('floor.console.openBy', { name: data.session.officer })
            : t('floor.console.closed')}
          {' · '}
          <Link to="/loket">{t('floor.console.otherCounter')}</Link>
          {' · '}
          <Link to="/berkas">{t('application.listLink')}</Link>
        </p>
      </header>
      {banner && <p className="console-banner">{banner}</p>}
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      {!data.session && (
        <button
          type="button"
          className="big-button"
          disabled={busy !== null}
          onClick={() => void run('open')}
        >
          {t('floor.console.open')}
        </button>
      )}
      {data.session && !mine && <p>{t('floor.console.notYours')}</p>}
      {mine && (
        <>
          {onBreak && (
            <p className="console-banner" role="status">
              {t('floor.console.onBreak', { reason: data.session?.breakReason || t('floor.console.break') })}
            </p>
          )}
          <div className="console-current" aria-live="polite">
            {current ? (
              <>
                <span className="console-number" data-testid="console-current">
                  {current.number}
                </span>
                <span>
                  {current.serviceName} <TicketBadges ticket={current} />
                </span>
                <span>
                  {current.status === 'serving'
                    ? t('floor.console.serving')
                    : t('floor.console.called', { count: current.callCount })}
                </span>
              </>
            ) : (
              <span>{t('floor.console.nobodyAtCounter')}</span>
            )}
          </div>
          <div className="console-actions">
            <button type="button" disabled={busy !== null || onBreak} onClick={() => act('next')}>
              {key('N')} {t('floor.console.callNext')}
            </button>
            <button
              type="button"
              disabled={busy !== null || current?.status !== 'called'}
              onClick={() => act('recall')}
            >
              {key('R')} {t('floor.console.recall')}
            </button>
            <button
              type="button"
              disabled={busy !== null || current?.status !== 'called'}
              onClick={() => act('serve')}
            >
              {key('S')} {t('floor.console.serve')}
            </button>
            <button type="button" disabled={busy !== null || !current} onClick={() => act('finish')}>
              {key('F')} {t('floor.console.finish')}
            </button>
            <button
              type="button"
              disabled={busy !== null || current?.status !== 'called'}
              onClick={() => act('noShow')}
            >
              {key('X')} {t('floor.console.noShow')}
            </button>
            <button type="button" disabled={busy !== null || !current} onClick={() => act('transfer')}>
              {key('T')} {t('floor.console.transfer')}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => act('pause')}>
              {key('P')} {onBreak ? t('floor.console.resume') : t('floor.console.pause')}
            </button>
            {!onBreak && (
              <label className="console-pause-reason">
                {t('floor.console.breakReason')}
                <select value={pauseReason} onChange={(e) => setPauseReason(e.target.value)}>
                  <option value="">{t('floor.console.break')}</option>
                  <option value={t('floor.console.reasonPrayer')}>{t('floor.console.reasonPrayer')}</option>
                  <option value={t('floor.console.reasonMeal')}>{t('floor.console.reasonMeal')}</option>
                  <option value={t('floor.console.reasonSystem')}>{t('floor.console.reasonSystem')}</option>
                </select>
              </label>
            )}
          </div>
          {mode === 'finish' && (
            <fieldset className="console-outcomes">
              <legend>{t('floor.console.outcome')}</legend>
              {OUTCOMES.map((o, i) => (
                <button key={o} type="button" onClick={() => finishWith(o)}>
                  {key(String(i + 1))} {t(`floor.outcome.${o}`)}
                </button>
              ))}
              <button type="button" onClick={() => setMode('intake')}>
                {key(SUBMIT_KEY)} {t('floor.outcome.submitted')}
              </button>
              <button type="button" onClick={() => setMode('idle')}>
                {key('Esc')} {t('floor.console.cancel')}
              </button>
            </fieldset>
          )}
          {mode === 'intake' && current && (
            <IntakeForm
              counterId={id}
              serviceId={current.serviceId}
              onCancel={() => setMode('idle')}
              onDone={(file) => {
                setMode('idle');
                setOpened({ file, serviceName: current.serviceName });
                void view.refetch();
              }}
            />
          )}
          {opened && (
            <FileReceipt
              opened={opened.file}
              serviceName={opened.serviceName}
              timezone={data.floor.timezone}
              onClose={() => setOpened(null)}
            />
          )}
          {mode === 'transfer' && (
            <TransferForm
              siteCode={data.floor.siteCode}
              currentBoothId={data.counter.boothId}
              onCancel={() => setMode('idle')}
              onTransfer={(body) => {
                setMode('idle');
                void run('transfer', body);
              }}
            />
          )}
        </>
      )}
      <dl className="console-counts">
        <div>
          <dt>{t('floor.console.countAtCounter')}</dt>
          <dd>{data.counts.doneAtCounter}</dd>
        </div>
        <div>
          <dt>{t('floor.console.countWaiting')}</dt>
          <dd data-testid="count-waiting">{data.counts.waiting}</dd>
        </div>
        <div>
          <dt>{t('floor.console.countDone')}</dt>
          <dd>{data.counts.done}</dd>
        </div>
        <div>
          <dt>{t('floor.console.countNoShow')}</dt>
          <dd>{data.counts.noShow}</dd>
        </div>
      </dl>
      <h2>{t('floor.console.waitingHeading', { count: data.waiting.length })}</h2>
      <WaitingList
        tickets={data.waiting}
        timezone={data.floor.timezone}
        disabled={!mine || busy !== null || onBreak}
        onCall={(ticketId, reason) => void run('call', { ticketId, reason })}
      />
      <NoShowList
        tickets={data.noShows}
        timezone={data.floor.timezone}
        disabled={!mine || busy !== null}
        onReturn={(ticketId) => void run('return', { ticketId })}
      />
      {mine && (
        <p>
          <button type="button" disabled={busy !== null} onClick={() => void run('close')}>
            {t('floor.console.close')}
          </button>
        </p>
      )}
      <p className="console-help">{t('floor.console.shortcutsHelp')}</p>
    </section>
  );
}
