import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/page-state.tsx';
import { api, isNotFound } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useDebounced, useFloorStream } from '../../lib/use-floor-stream.ts';
import { SiteClock, useFloorNotice } from './site-clock.tsx';
import type { TrackingStep, TrackingView } from './types.ts';

/** /lacak/:code — the page the slip's QR opens on the citizen's phone: where am I, how long, where to go. */
export function TrackingPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const errorText = useErrorText();
  const notice = useFloorNotice();
  const view = useQuery({
    queryKey: ['track', code],
    queryFn: () => api<TrackingView>(`/api/floor/track/${encodeURIComponent(code)}`),
    refetchInterval: 60_000,
    staleTime: 0,
    retry: false,
  });
  const refetch = useDebounced(() => void view.refetch(), 300);
  useFloorStream(`/api/floor/track/${encodeURIComponent(code)}/stream`, view.data?.lastEventId, refetch);
  const called = view.data?.steps.find((s) => s.status === 'called');
  useEffect(() => {
    // A phone in a pocket: a short buzz when it is your turn (where the browser allows it).
    if (called) navigator.vibrate?.([300, 150, 300]);
  }, [called]);

  if (isNotFound(view.error)) return <NotFoundPage />;
  if (view.isError) return <p role="alert">{errorText(view.error)}</p>;
  if (!view.data) return <p>{t('floor.loading')}</p>;
  const { floor, steps } = view.data;
  const banner = notice(floor);
  return (
    <section className="tracking">
      <h1>{t('floor.tracking.heading', { site: floor.siteName })}</h1>
      <SiteClock timezone={floor.timezone} />
      {banner && <p className="console-banner">{banner}</p>}
      <div aria-live="polite" role="status" className="tracking-call">
        {called && (
          <p className="tracking-now" data-testid="tracking-call">
            {t('floor.tracking.goNow', {
              number: called.number,
              counter: called.counterNumber,
              booth: called.boothName,
            })}
          </p>
        )}
      </div>
      {view.data.remainingMinutes !== null && view.data.remainingMinutes > 0 && (
        <p>{t('floor.tracking.remaining', { minutes: view.data.remainingMinutes })}</p>
      )}
      <ol className="tracking-steps">
        {steps.map((step) => (
          <TrackingStepItem key={step.step} step={step} />
        ))}
      </ol>
      {/* A complaint about a service already given: linked to this ticket, nothing to know or choose. */}
      {steps.some((s) => s.status === 'done') && (
        <p>
          <Link className="complaint-entry" to={`/pengaduan?tiket=${encodeURIComponent(code)}`}>
            {t('complaintFiling.entry')}
          </Link>
        </p>
      )}
      <p className="console-help">{t('floor.tracking.privacy')}</p>
    </section>
  );
}

function TrackingStepItem({ step }: { step: TrackingStep }) {
  const { t } = useTranslation();
  return (
    <li className={`tracking-step tracking-${step.status}`}>
      <span className="tracking-number">{step.number}</span>
      <span>
        <strong>{step.serviceName}</strong>
        <br />
        {t('floor.tracking.where', { booth: step.boothName, zone: step.zone, floor: step.floor })}
      </span>
      <span data-testid={`step-${step.step}-status`}>
        {t(`floor.status.${step.status}`)}
        {step.outcome ? ` · ${t(`floor.outcome.${step.outcome}`)}` : ''}
      </span>
      {step.peopleAhead !== null && (
        <span>
          {t('floor.tracking.ahead', { count: step.peopleAhead })} ·{' '}
          {step.waitMinutes === null
            ? t('floor.tracking.noCounterOpen')
            : t('floor.tracking.wait', { minutes: step.waitMinutes })}
        </span>
      )}
    </li>
  );
}
