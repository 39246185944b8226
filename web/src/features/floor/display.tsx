import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../components/page-state.tsx';
import { setLanguage } from '../../i18n/index.ts';
import { ApiError, api, isNotFound } from '../../lib/api.ts';
import { useDebounced, useFloorStream } from '../../lib/use-floor-stream.ts';
import { Announcer } from './announcer.ts';
import { pageOf, useFitCount, useRotatingPage } from './display-fit.ts';
import { DisplayPairing } from './display-pairing.tsx';
import { deviceToken, forgetDeviceToken } from './kiosk-device.ts';
import { SiteClock, useFloorNotice } from './site-clock.tsx';
import type { BoardCall, BoardView, FloorEvent } from './types.ts';

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
  // `?detik=N`: how long each page of the booths' queues stays (default 10 s).
  const pageSeconds = Math.min(120, Math.max(2, Number(params.get('detik')) || 10));
  const [started, setStarted] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const announcer = useRef(new Announcer());
  const notice = useFloorNotice();

  // A paired display sends its token, so the manager sees it alive; once revoked it forgets it and goes on unpaired.
  const [token, setToken] = useState(() => deviceToken('display', site));
  const board = useQuery({
    queryKey: ['board', site, zone, token],
    queryFn: () =>
      api<BoardView>(`/api/floor/sites/${encodeURIComponent(site)}/board${zoneQuery}`, {
        headers: token ? { 'x-device-token': token } : {},
      }),
    refetchInterval: 60_000,
    staleTime: 0,
  });
  useEffect(() => {
    if (board.error instanceof ApiError && board.error.body.code === 'floor.device_revoked') {
      forgetDeviceToken('display', site);
      setToken(null);
    }
  }, [board.error, site]);
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
        {token ? (
          <p>{t('floor.display.paired')}</p>
        ) : (
          <DisplayPairing
            siteId={floor.siteId}
            siteCode={floor.siteCode}
            onPaired={(paired) => setToken(paired)}
          />
        )}
        <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
          {t('nav.language')}
        </button>
      </main>
    );
  }

  const others = calls.slice(1);
  return (
    <DisplayBoard
      title={`${floor.siteName}${zone ? ` · ${zone}` : ''}`}
      timezone={floor.timezone}
      banner={banner}
      current={current}
      flash={current !== undefined && flash === current.ticketId}
      others={others}
      booths={booths}
      pageSeconds={pageSeconds}
    />
  );
}

type Booth = BoardView['booths'][number];

/**
 * The board itself: it fills the screen exactly (no scroll, nothing cut off) at any size and orientation. The
 * calls at the counters show as many as fit; the booths' queues are paged by themselves, with a page indicator.
 */
function DisplayBoard({
  title,
  timezone,
  banner,
  current,
  flash,
  others,
  booths,
  pageSeconds,
}: {
  title: string;
  timezone: string;
  banner: string | null;
  current: BoardCall | undefined;
  flash: boolean;
  others: BoardCall[];
  booths: Booth[];
  pageSeconds: number;
}) {
  const { t } = useTranslation();
  const recentRef = useRef<HTMLOListElement>(null);
  const boothsRef = useRef<HTMLUListElement>(null);
  const recentFit = useFitCount(recentRef, 'li', [others.length > 0, banner]);
  const boothFit = useFitCount(boothsRef, 'li', [booths.length > 0, banner]);
  const pages = Math.max(1, Math.ceil(booths.length / boothFit.perPage));
  const page = useRotatingPage(pages, pageSeconds);
  const shownBooths = pageOf(booths, boothFit.perPage, page);
  return (
    <main className="display" data-testid="display-board">
      <header className="display-header">
        <h1>{title}</h1>
        <SiteClock timezone={timezone} withSeconds />
      </header>
      {banner && (
        <p className="display-banner" role="status">
          {banner}
        </p>
      )}
      <div className="display-body">
        <section
          className={`display-current${flash ? ' display-flash' : ''}`}
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
          <ol ref={recentRef}>
            {others.slice(0, recentFit.rows).map((c) => (
              <li key={`${c.ticketId}-${c.callCount}`}>
                <strong>{c.number}</strong>
                <span>{t('floor.display.counterShort', { counter: c.counterNumber })}</span>
                <small>{c.boothName}</small>
              </li>
            ))}
          </ol>
          {others.length === 0 && <p className="display-empty">{t('floor.display.noOtherCalls')}</p>}
        </section>
        <section className="display-booths" aria-label={t('floor.display.waiting')}>
          <div className="display-booths-head">
            <h2>{t('floor.display.waiting')}</h2>
            {pages > 1 && (
              <p className="display-page" data-testid="display-page">
                <span>{t('floor.display.page', { page: page + 1, pages })}</span>
                <span className="display-page-dots" aria-hidden="true">
                  {Array.from({ length: pages }, (_, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the dots are the pages, by position.
                    <span key={i} className={i === page ? 'display-dot display-dot-on' : 'display-dot'} />
                  ))}
                </span>
              </p>
            )}
          </div>
          <ul ref={boothsRef} style={{ gridTemplateColumns: `repeat(${boothFit.columns}, minmax(0, 1fr))` }}>
            {shownBooths.map((b) => (
              <li key={b.boothId}>
                <span className="display-prefix">{b.prefix}</span>
                <span className="display-booth-name">{b.boothName}</span>
                <span className="display-serving">
                  {t('floor.display.nowServing', { number: b.nowServing ?? '–' })}
                </span>
                <span className="display-waiting">
                  {t('floor.display.waitingCount', { count: b.waiting })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
