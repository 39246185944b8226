import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../components/page-state.tsx';
import { setLanguage } from '../../i18n/index.ts';
import { ApiError, api, isNotFound } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { KioskCheckIn } from './kiosk-checkin.tsx';
import { forgetKioskToken, kioskToken } from './kiosk-device.ts';
import { KioskPairing } from './kiosk-pairing.tsx';
import { KioskUnpair } from './kiosk-unpair.tsx';
import { SiteClock } from './site-clock.tsx';
import { TicketSlip } from './ticket-slip.tsx';
import type { IssuedVisit, IssueRequest, KioskBooth, KioskMenu, KioskService, ThisDevice } from './types.ts';

/** The server's priorities (issueBody), in the order the kiosk asks. */
const PRIORITIES = [
  'none',
  'elderly',
  'disability',
  'pregnant_child',
] as const satisfies readonly NonNullable<IssueRequest['priority']>[];
const MAX_SERVICES = 5;
/** Back to the start when nobody touches the screen: the next person should not inherit a half-made choice. */
const IDLE_RESET_MS = 90_000;
const SLIP_RESET_MS = 30_000;

interface Chosen {
  booth: KioskBooth;
  service: KioskService;
}

type Step =
  | { kind: 'menu' }
  | { kind: 'check-in' }
  | { kind: 'priority' }
  | { kind: 'issued'; visit: IssuedVisit }
  | { kind: 'refused'; message: string }
  | { kind: 'unpair' };

/** "Selasa, 1 Desember 2026": the next opening's date (already the site's calendar date) in words. */
function dayInWords(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

function matches(service: KioskService, booth: KioskBooth, needle: string): boolean {
  const hay = [service.name, service.category, booth.agencyName, booth.agencyShortName, ...service.keywords]
    .join(' ')
    .toLowerCase();
  return needle
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

/** /kiosk/:site — the touch screen at the entrance that prints queue numbers. */
export function KioskPage() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const [params] = useSearchParams();
  const paper = params.get('kertas') === '58' ? '58' : '80';
  const errorText = useErrorText();
  const [token, setToken] = useState(() => kioskToken(site));
  const [step, setStep] = useState<Step>({ kind: 'menu' });
  const [boothId, setBoothId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [basket, setBasket] = useState<Chosen[]>([]);
  const [touchedAt, setTouchedAt] = useState(() => Date.now());
  const [issuing, setIssuing] = useState(false);

  const menu = useQuery({
    queryKey: ['kiosk-menu', site],
    queryFn: () => api<KioskMenu>(`/api/floor/sites/${encodeURIComponent(site)}/kiosk`),
    refetchInterval: 30_000,
    staleTime: 0,
  });

  // A kiosk revoked by a manager (or unpaired elsewhere) forgets its token and shows the pairing screen.
  const forget = useCallback(() => {
    forgetKioskToken(site);
    setToken(null);
  }, [site]);
  const device = useQuery({
    queryKey: ['kiosk-device', site, token],
    queryFn: () =>
      api<ThisDevice>('/api/floor/devices/this?kind=kiosk', {
        headers: { 'x-kiosk-token': token ?? '' },
      }),
    enabled: token !== null,
    refetchInterval: 60_000,
    retry: false,
  });
  useEffect(() => {
    const err = device.error;
    if (err instanceof ApiError && (err.status === 401 || err.status === 404)) forget();
  }, [device.error, forget]);

  const reset = useCallback(() => {
    setStep({ kind: 'menu' });
    setBoothId(null);
    setSearch('');
    setBasket([]);
  }, []);
  useEffect(() => {
    const wait = step.kind === 'issued' ? SLIP_RESET_MS : IDLE_RESET_MS;
    const timer = setTimeout(reset, Math.max(1000, touchedAt + wait - Date.now()));
    return () => clearTimeout(timer);
  }, [touchedAt, step, reset]);

  if (isNotFound(menu.error)) return <NotFoundPage />;
  if (menu.isError)
    return (
      <p role="alert" className="kiosk-message">
        {errorText(menu.error)}
      </p>
    );
  if (!menu.data) return <p className="kiosk-message">{t('floor.loading')}</p>;
  const data = menu.data;
  if (!token) return <KioskPairing site={data.site} onPaired={() => setToken(kioskToken(site))} />;

  const issue = async (priority: (typeof PRIORITIES)[number]) => {
    setIssuing(true);
    try {
      const visit = await api<IssuedVisit>(`/api/floor/sites/${encodeURIComponent(data.site.code)}/visits`, {
        method: 'POST',
        body: { serviceIds: basket.map((c) => c.service.id), priority } satisfies IssueRequest,
        headers: { 'x-kiosk-token': token },
      });
      setStep({ kind: 'issued', visit });
      setTouchedAt(Date.now());
      void menu.refetch();
      if (params.get('cetak') === 'otomatis') setTimeout(() => window.print(), 300);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'floor.device_revoked') forget();
      setStep({ kind: 'refused', message: errorText(e) });
    } finally {
      setIssuing(false);
    }
  };

  const add = (booth: KioskBooth, service: KioskService) => {
    if (basket.some((c) => c.service.id === service.id) || basket.length >= MAX_SERVICES) return;
    setBasket([...basket, { booth, service }]);
  };
  const needle = search.trim().toLowerCase();
  const found = needle
    ? data.booths.flatMap((b) =>
        b.services.filter((s) => matches(s, b, needle)).map((s) => ({ booth: b, service: s })),
      )
    : [];
  const booth = data.booths.find((b) => b.boothId === boothId) ?? null;
  // Outside issuing hours the server says when numbers can next be taken; nothing can be taken until then.
  const next = data.nextOpening;
  const notOpen = next !== null || data.state === 'closed_today' || data.state === 'closed_for_day';

  return (
    <main
      className="kiosk"
      onPointerDown={() => setTouchedAt(Date.now())}
      onKeyDown={() => setTouchedAt(Date.now())}
    >
      <header className="kiosk-header no-print">
        <h1>{data.site.name}</h1>
        <SiteClock timezone={data.site.timezone} />
        <button
          type="button"
          className="kiosk-lang"
          onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}
        >
          {t('nav.language')}
        </button>
        <Link className="kiosk-lang complaint-entry" to={`/kiosk/${encodeURIComponent(site)}/pengaduan`}>
          {t('complaintFiling.entry')}
        </Link>
      </header>
      {data.state !== 'open' && (
        <p className="kiosk-banner no-print" role="status">
          {data.state === 'on_break'
            ? t('floor.kiosk.onBreak', { label: data.breakLabel ?? '', ends: data.breakEnds ?? '' })
            : next
              ? t('floor.kiosk.nextOpening', {
                  day: dayInWords(next.date, i18n.language),
                  from: next.issueFrom,
                  opens: next.opens,
                })
              : data.state === 'not_yet_open'
                ? t('floor.kiosk.notYetOpen', { opens: data.opens ?? '' })
                : t('floor.kiosk.closed')}
        </p>
      )}

      {step.kind === 'check-in' && (
        <KioskCheckIn
          site={data.site.code}
          token={token}
          onCancel={() => setStep({ kind: 'menu' })}
          onIssued={(visit) => {
            setStep({ kind: 'issued', visit });
            setTouchedAt(Date.now());
            void menu.refetch();
          }}
        />
      )}

      {step.kind === 'unpair' && (
        <KioskUnpair
          token={token}
          onCancel={() => setStep({ kind: 'menu' })}
          onUnpaired={() => {
            reset();
            forget();
          }}
        />
      )}

      {step.kind === 'refused' && (
        <section className="kiosk-panel" role="alert">
          <h2>{t('floor.kiosk.refusedHeading')}</h2>
          <p className="kiosk-refusal">{step.message}</p>
          <button type="button" className="big-button" onClick={() => setStep({ kind: 'menu' })}>
            {t('floor.kiosk.back')}
          </button>
        </section>
      )}

      {step.kind === 'issued' && (
        <section className="kiosk-panel">
          <h2 className="no-print">{t('floor.kiosk.issuedHeading')}</h2>
          <TicketSlip
            visit={step.visit}
            booths={data.booths}
            siteName={data.site.name}
            timezone={data.site.timezone}
            paper={paper}
          />
          <div className="kiosk-row no-print">
            <button type="button" className="big-button" onClick={() => window.print()}>
              {t('floor.kiosk.print')}
            </button>
            <button type="button" className="big-button" onClick={reset}>
              {t('floor.kiosk.done')}
            </button>
          </div>
        </section>
      )}

      {step.kind === 'priority' && (
        <section className="kiosk-panel">
          <h2>{t('floor.kiosk.priorityQuestion')}</h2>
          <p>{t('floor.kiosk.priorityHelp')}</p>
          <div className="kiosk-grid">
            {PRIORITIES.map((p) => (
              <button
                key={p}
                type="button"
                className="kiosk-tile"
                disabled={issuing}
                onClick={() => void issue(p)}
              >
                {t(`floor.kiosk.priority.${p}`)}
              </button>
            ))}
          </div>
          <button type="button" className="big-button" onClick={() => setStep({ kind: 'menu' })}>
            {t('floor.kiosk.back')}
          </button>
        </section>
      )}

      {step.kind === 'menu' && (
        <div className="kiosk-menu">
          <section className="kiosk-choose">
            <button
              type="button"
              className="big-button kiosk-booked"
              onClick={() => setStep({ kind: 'check-in' })}
            >
              {t('floor.kiosk.haveBooking')}
            </button>
            <label className="kiosk-search">
              {t('floor.kiosk.searchLabel')}
              <input
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder={t('floor.kiosk.searchPlaceholder')}
              />
            </label>
            {needle ? (
              <ServiceButtons
                items={found}
                basket={basket}
                onAdd={add}
                emptyText={t('floor.kiosk.noMatch')}
              />
            ) : booth ? (
              <>
                <button type="button" className="big-button" onClick={() => setBoothId(null)}>
                  ← {t('floor.kiosk.allAgencies')}
                </button>
                <h2>{booth.agencyName}</h2>
                <ServiceButtons
                  items={booth.services.map((s) => ({ booth, service: s }))}
                  basket={basket}
                  onAdd={add}
                  emptyText=""
                />
              </>
            ) : (
              <>
                <h2>{t('floor.kiosk.chooseAgency')}</h2>
                <div className="kiosk-grid">
                  {data.booths.map((b) => (
                    <button
                      key={b.boothId}
                      type="button"
                      className="kiosk-tile"
                      onClick={() => setBoothId(b.boothId)}
                    >
                      <strong>{b.agencyShortName}</strong>
                      <span>{b.boothName}</span>
                    </button>
                  ))}
                </div>
              </>
            )}
          </section>
          <aside className="kiosk-basket" aria-label={t('floor.kiosk.basket')}>
            <h2>{t('floor.kiosk.basketHeading', { count: basket.length, max: MAX_SERVICES })}</h2>
            {basket.length === 0 ? (
              <p>{t('floor.kiosk.basketEmpty')}</p>
            ) : (
              <ol>
                {basket.map((c) => (
                  <li key={c.service.id}>
                    <span>
                      {c.service.name}
                      <small> · {c.booth.agencyShortName}</small>
                    </span>
                    <button
                      type="button"
                      aria-label={t('floor.kiosk.remove', { name: c.service.name })}
                      onClick={() => setBasket(basket.filter((x) => x.service.id !== c.service.id))}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ol>
            )}
            {basket.length > 1 && <p className="console-help">{t('floor.kiosk.orderHelp')}</p>}
            <button
              type="button"
              className="big-button kiosk-take"
              disabled={basket.length === 0 || notOpen}
              onClick={() => setStep({ kind: 'priority' })}
            >
              {t('floor.kiosk.take')}
            </button>
          </aside>
        </div>
      )}
      <footer className="kiosk-footer no-print">
        <button type="button" className="kiosk-unpair" onClick={() => setStep({ kind: 'unpair' })}>
          {t('floor.kiosk.unpair')}
        </button>
      </footer>
    </main>
  );
}

function ServiceButtons({
  items,
  basket,
  onAdd,
  emptyText,
}: {
  items: Chosen[];
  basket: Chosen[];
  onAdd: (booth: KioskBooth, service: KioskService) => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{emptyText}</p>;
  return (
    <div className="kiosk-grid">
      {items.slice(0, 40).map(({ booth, service }) => {
        const chosen = basket.some((c) => c.service.id === service.id);
        const soldOut = service.remainingToday === 0;
        return (
          <button
            key={`${booth.boothId}-${service.id}`}
            type="button"
            className={`kiosk-tile${chosen ? ' kiosk-chosen' : ''}`}
            aria-pressed={chosen}
            disabled={soldOut}
            onClick={() => onAdd(booth, service)}
          >
            <strong>{service.name}</strong>
            <span>{booth.agencyShortName}</span>
            {service.remainingToday !== null && (
              <small>
                {soldOut
                  ? t('floor.kiosk.soldOut')
                  : t('floor.kiosk.remaining', { count: service.remainingToday })}
              </small>
            )}
          </button>
        );
      })}
    </div>
  );
}
