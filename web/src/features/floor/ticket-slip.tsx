import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { usePublicLink } from '../../lib/public-url.ts';
import type { IssuedVisit, KioskBooth, TrackingView } from './types.ts';

/**
 * The printed slip (58 or 80 mm thermal paper): the number large, where to go, and a QR code that opens the
 * tracking page on the citizen's phone. On screen it is also the confirmation.
 */
export function TicketSlip({
  visit,
  booths,
  siteName,
  timezone,
  paper,
}: {
  visit: IssuedVisit;
  booths: KioskBooth[];
  siteName: string;
  timezone: string;
  paper: '58' | '80';
}) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const trackingUrl = usePublicLink(`/lacak/${visit.trackingCode}`).url;
  useEffect(() => {
    void QRCode.toDataURL(trackingUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then(setQr);
  }, [trackingUrl]);
  // People ahead and the estimate come from the tracking view, the same numbers the phone will show.
  const track = useQuery({
    queryKey: ['track', visit.trackingCode],
    queryFn: () => api<TrackingView>(`/api/floor/track/${visit.trackingCode}`),
  });
  const issuedAt = new Date().toLocaleString('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timezone,
  });
  return (
    <article className={`slip slip-${paper}`} aria-label={t('floor.kiosk.slip')}>
      <p className="slip-site">{siteName}</p>
      <p className="slip-time">{issuedAt}</p>
      {visit.priority !== 'none' && (
        // A thermal printer has one colour: the mark is a symbol and words, framed, on every slip.
        <p className="slip-priority" data-testid="slip-priority">
          <span aria-hidden="true">★ </span>
          {t('floor.kiosk.priorityMark', { kind: t(`floor.priority.${visit.priority}`) })}
        </p>
      )}
      {visit.tickets.map((ticket, i) => {
        const booth = booths.find((b) => b.boothId === ticket.boothId);
        const service = booth?.services.find((s) => s.id === ticket.serviceId);
        const step = track.data?.steps.find((s) => s.step === ticket.step);
        return (
          <div key={ticket.ticketId} className={i === 0 ? 'slip-ticket slip-first' : 'slip-ticket'}>
            <p className="slip-number" data-testid="slip-number">
              {ticket.number}
            </p>
            <p>{service?.name}</p>
            <p>
              {booth
                ? t('floor.tracking.where', { booth: booth.boothName, zone: booth.zone, floor: booth.floor })
                : ''}
            </p>
            {i === 0 && step?.peopleAhead != null && (
              <p>
                {t('floor.tracking.ahead', { count: step.peopleAhead })} ·{' '}
                {step.waitMinutes === null
                  ? t('floor.tracking.noCounterOpen')
                  : t('floor.tracking.wait', { minutes: step.waitMinutes })}
              </p>
            )}
            {i > 0 && <p className="slip-note">{t('floor.kiosk.laterStep')}</p>}
          </div>
        );
      })}
      {qr && <img src={qr} alt={t('floor.kiosk.qrAlt')} className="slip-qr" width={160} height={160} />}
      <p className="slip-note">{t('floor.kiosk.scanToTrack')}</p>
      <p className="slip-code">{visit.trackingCode}</p>
    </article>
  );
}
