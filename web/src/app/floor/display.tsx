import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { setLanguage } from '../../i18n/index.ts';
import { api, isNotFound } from '../../lib/api.ts';
import { NotFoundPage } from '../page-state.tsx';
import { Announcer } from './announcer.ts';
import { SiteClock, useFloorNotice } from './site-clock.tsx';
import type { BoardView, FloorEvent } from './types.ts';
import { useDebounced, useFloorStream } from './use-floor-stream.ts';

/**
 * The display board of a hall (`?zone=` for one zone of a big site): the number being called, large enough to
 * read across the hall, the last calls, the queue of every booth, the clock, and the voice. Refreshes itself from
 * the floor's live stream; a full reload every minute keeps the clock-dependent state (breaks) honest.
 */
export function DisplayPage() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const [params] = useSearchParams();
  const zone = params.get('zone');
  const zoneQuery = zone ? `?zone=${encodeURIComponent(zone)}` : '';
  const [started, setStarted] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const announcer = useRef(new Announcer());
  const notice = useFloorNotice();

  const board = useQuery({
    queryKey: ['board', site, zone],
    queryFn: () => api<BoardView>(`/api/floor/sites/${encodeURIComponent(site)}/board${zoneQuery}`),
    refetchInterval: 60_000,
    staleTime: 0,
  });
  const refetch = useDebounced(() => void board.refetch(), 250);
  useFloorStream(
    started ? `/api/floor/sites/${encodeURIComponent(site)}/stream${zoneQuery}` : null,
    board.data?.lastEventId,
    (event: FloorEvent) => {
      // A replay after a reconnect brings old calls too: refresh with them, but say aloud only fresh ones.
      const fresh = Date.now() - Date.parse(event.at) < 45_000;
      if (
        fresh &&
        (event.type === 'ticket.called' || event.type === 'ticket.recalled') &&
        event.payload.number &&
        typeof event.payload.counterNumber === 'number'
      ) {
        announcer.current.announce({
          number: event.payload.number,
          counterNumber: event.payload.counterNumber,
          boothName: event.payload.boothName ?? '',
        });
        setFlash(event.payload.ticketId ?? null);
        setTimeout(() => setFlash(null), 4000);
      }
      refetch();
    },
  );

  if (isNotFound(board.error)) return <NotFoundPage />;
  if (board.isError)
    return (
      <p role="alert" className="display-error">
        {t('floor.display.unavailable')}
      </p>
    );
  if (!board.data) return <p className="display-loading">{t('floor.loading')}</p>;
  const { floor, calls, booths } = board.data;
  const current = calls[0];
  const banner = notice(floor);

  if (!started) {
    return (
      <main className="display display-start">
        <h1>{floor.siteName}</h1>
        {zone && <p>{t('floor.display.zone', { zone })}</p>}
        <button
          type="button"
          className="display-start-button"
          onClick={() => {
            announcer.current.unlock();
            setStarted(true);
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        >
          {t('floor.display.start')}
        </button>
        <p>{t('floor.display.startHelp')}</p>
        <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
          {t('nav.language')}
        </button>
      </main>
    );
  }

  return (
    <main className="display">
      <header className="display-header">
        <h1>
          {floor.siteName}
          {zone ? ` · ${zone}` : ''}
        </h1>
        <SiteClock timezone={floor.timezone} withSeconds />
      </header>
      {banner && (
        <p className="display-banner" role="status">
          {banner}
        </p>
      )}
      <section
        className={`display-current${current && flash === current.ticketId ? ' display-flash' : ''}`}
        aria-live="assertive"
        aria-label={t('floor.display.nowCalling')}
      >
        {current ? (
          <>
            <span className="display-label">{t('floor.display.nowCalling')}</span>
            <span className="display-number" data-testid="current-number">
              {current.number}
            </span>
            <span className="display-counter">
              {t('floor.display.toCounter', { counter: current.counterNumber })}
            </span>
            <span className="display-booth">{current.boothName}</span>
          </>
        ) : (
          <span className="display-label">{t('floor.display.noCalls')}</span>
        )}
      </section>
      <section className="display-recent" aria-label={t('floor.display.recent')}>
        <h2>{t('floor.display.recent')}</h2>
        <ol>
          {calls.slice(1, 7).map((c) => (
            <li key={`${c.ticketId}-${c.callCount}`}>
              <strong>{c.number}</strong>
              <span>{t('floor.display.counterShort', { counter: c.counterNumber })}</span>
              <small>{c.boothName}</small>
            </li>
          ))}
        </ol>
      </section>
      <section className="display-booths" aria-label={t('floor.display.waiting')}>
        <h2>{t('floor.display.waiting')}</h2>
        <ul>
          {booths.map((b) => (
            <li key={b.boothId}>
              <span className="display-prefix">{b.prefix}</span>
              <span className="display-booth-name">{b.boothName}</span>
              <span className="display-waiting">{t('floor.display.waitingCount', { count: b.waiting })}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
