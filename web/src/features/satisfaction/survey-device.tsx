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
 * Pairing, at the device, by a site manager: signed in only for each of the two calls (the counters of the site,
 * then the pairing) and signed out after each whatever happened, since the tablet is public. The counter is chosen
 * from the site's counters by booth and number.
 */
function SurveyDevicePairing({ site, onPaired }: { site: string; onPaired: (token: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [credentials, setCredentials] = useState<LoginRequest>({ username: '', password: '' });
  const [choices, setChoices] = useState<{ siteId: string; counters: StaffCounters } | null>(null);
  const [counterId, setCounterId] = useState('');
  const [name, setName] = useState('Survei loket');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signedIn = async <T,>(run: () => Promise<T>): Promise<T | null> => {
    setError(null);
    setBusy(true);
    // Not kept between the two calls: the manager types it again to pair. Cleared as it is sent, not after the
    // sign-out, which would wipe what the manager may already have typed for the next call.
    const sent = api<SessionUser>('/api/auth/login', { method: 'POST', body: credentials });
    setCredentials((c) => ({ ...c, password: '' }));
    try {
      const session = await sent;
      setCsrfToken(session.csrfToken);
      return await run();
    } catch (err) {
      setError(errorText(err));
      return null;
    } finally {
      await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
      setCsrfToken(null);
      setBusy(false);
    }
  };

  const loadCounters = () =>
    signedIn(async () => {
      const sites = await api<SiteRef[]>('/api/sites');
      const where = sites.find((s) => s.code === site.toUpperCase());
      const counters = (await api<StaffCounters>('/api/floor/counters')).filter(
        (c) => c.siteCode === where?.code,
      );
      if (!where) return;
      setChoices({ siteId: where.id, counters });
      setCounterId(counters[0]?.id ?? '');
    });

  const pair = () =>
    signedIn(async () => {
      if (!choices) return;
      const body: PairDevice = { siteId: choices.siteId, kind: 'survey', name, counterId };
      const paired = await api<PairedDevice>('/api/floor/devices', { method: 'POST', body });
      onPaired(paired.token);
    });

  return (
    <form
      className="survey survey-device-pairing"
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void (choices ? pair() : loadCounters());
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
      {choices && (
        <>
          <label className="survey-profile-field">
            {t('satisfaction.device.counterLabel')}
            <select value={counterId} onChange={(e) => setCounterId(e.target.value)} required>
              {choices.counters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.boothName} · {t('satisfaction.device.counter', { number: c.number })}
                </option>
              ))}
            </select>
          </label>
          <label className="survey-profile-field">
            {t('satisfaction.device.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
          </label>
        </>
      )}
      {error && (
        <p role="alert" className="survey-error">
          {error}
        </p>
      )}
      <button type="submit" className="survey-submit" disabled={busy}>
        {choices ? t('satisfaction.device.pair') : t('satisfaction.device.chooseCounter')}
      </button>
    </form>
  );
}
