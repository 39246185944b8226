import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api, setCsrfToken } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { LoginRequest, SessionUser } from '../../lib/types.ts';
import { SurveyForm } from './survey-form.tsx';
import type { CounterSurvey, PairDevice, PairedDevice, SiteRef, StaffCounters } from './types.ts';

/** The device's token, kept in this browser (the server keeps only its hash; a manager can revoke it). */
const keyOf = (site: string) => `atap.survey.${site.toUpperCase()}`;

/**
 * /survei-loket/:site — a tablet at a counter, paired as a survey device of that counter. It asks the server every
 * few seconds which ticket the counter last finished; once one was served, it shows that ticket's survey with large
 * touch targets, thanks the citizen, and resets for the next one. Nothing personal is shown: the service and
 * the ticket's number only.
 */
export function SurveyDevicePage() {
  const { site = '' } = useParams();
  const [token, setToken] = useState(() => localStorage.getItem(keyOf(site)));
  if (!token)
    return (
      <SurveyDevicePairing
        site={site}
        onPaired={(paired) => {
          localStorage.setItem(keyOf(site), paired);
          setToken(paired);
        }}
      />
    );
  return (
    <SurveyDeviceScreen
      token={token}
      onRevoked={() => {
        localStorage.removeItem(keyOf(site));
        setToken(null);
      }}
    />
  );
}

function SurveyDeviceScreen({ token, onRevoked }: { token: string; onRevoked: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const current = useQuery({
    queryKey: ['survey-at-counter', token],
    queryFn: () => api<CounterSurvey>('/api/surveys/at-counter', { headers: { 'x-device-token': token } }),
    refetchInterval: 3_000,
    staleTime: 0,
    retry: false,
  });
  // The survey on screen stays until its thanks are over, even though the server stops offering it once answered.
  const [active, setActive] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  const offered = current.data?.survey?.token ?? null;
  useEffect(() => {
    if (offered && offered !== finished && offered !== active) setActive(offered);
    // The counter's window passed without an answer: back to the welcome screen.
    if (!offered && active && answered !== active) setActive(null);
  }, [offered, finished, active, answered]);
  useEffect(() => {
    if (
      current.error instanceof ApiError &&
      ['floor.device_revoked', 'floor.device_not_found'].includes(current.error.body.code)
    )
      onRevoked();
  }, [current.error, onRevoked]);
  const reset = useCallback(() => {
    setFinished(active);
    setActive(null);
  }, [active]);

  const counter = current.data?.counter;
  return (
    <main className="survey-device">
      {counter && (
        <p className="survey-about">
          {t('satisfaction.device.counter', { number: counter.number })} · {counter.boothName}
        </p>
      )}
      {current.isError && <p role="alert">{errorText(current.error)}</p>}
      {active ? (
        <SurveyForm
          key={active}
          token={active}
          channel="device"
          onAnswered={() => setAnswered(active)}
          onDone={reset}
        />
      ) : (
        <section className="survey-device-idle" aria-live="polite">
          <h1>{t('satisfaction.device.idle')}</h1>
          <p>{t('satisfaction.device.idleBody')}</p>
        </section>
      )}
    </main>
  );
}

/**
 * Pairing, at the device, by a site manager in one step: sign in, find the counter by its number, pair, and sign
 * out again whatever happened (the tablet is public).
 */
function SurveyDevicePairing({ site, onPaired }: { site: string; onPaired: (token: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [credentials, setCredentials] = useState<LoginRequest>({ username: '', password: '' });
  const [counterNumber, setCounterNumber] = useState('1');
  const [name, setName] = useState('Survei loket 1');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pair = async () => {
    setError(null);
    setBusy(true);
    try {
      const session = await api<SessionUser>('/api/auth/login', { method: 'POST', body: credentials });
      setCsrfToken(session.csrfToken);
      const where = await api<SiteRef>(`/api/sites/${encodeURIComponent(site)}`);
      const counters = await api<StaffCounters>('/api/floor/counters');
      const counter = counters.find((c) => c.siteCode === where.code && c.number === Number(counterNumber));
      const body: PairDevice = { siteId: where.id, kind: 'survey', name, counterId: counter?.id };
      const paired = await api<PairedDevice>('/api/floor/devices', { method: 'POST', body });
      onPaired(paired.token);
    } catch (err) {
      setError(errorText(err));
    } finally {
      await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
      setCsrfToken(null);
      setCredentials((c) => ({ ...c, password: '' }));
      setBusy(false);
    }
  };

  return (
    <form
      className="survey survey-device-pairing"
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void pair();
      }}
    >
      <h1>{t('satisfaction.device.pair')}</h1>
      <label className="survey-profile-field">
        {t('satisfaction.device.username')}
        <input
          value={credentials.username}
          onChange={(e) => setCredentials({ ...credentials, username: e.target.value })}
          autoComplete="off"
          required
        />
      </label>
      <label className="survey-profile-field">
        {t('satisfaction.device.password')}
        <input
          type="password"
          value={credentials.password}
          onChange={(e) => setCredentials({ ...credentials, password: e.target.value })}
          autoComplete="new-password"
          required
        />
      </label>
      <label className="survey-profile-field">
        {t('satisfaction.device.counterLabel')}
        <input
          type="number"
          min={1}
          inputMode="numeric"
          value={counterNumber}
          onChange={(e) => setCounterNumber(e.target.value)}
          required
        />
      </label>
      <label className="survey-profile-field">
        {t('satisfaction.device.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
      </label>
      {error && (
        <p role="alert" className="survey-error">
          {error}
        </p>
      )}
      <button type="submit" className="survey-submit" disabled={busy}>
        {t('satisfaction.device.pair')}
      </button>
    </form>
  );
}
