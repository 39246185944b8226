import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { SessionUser } from '../../lib/types.ts';
import { StaffCredentialFields } from './staff-credentials.tsx';

/**
 * "Lepas kios" at the kiosk: a site manager signs in for this one act, the server revokes the kiosk's token, and
 * the manager is signed out again. A citizen who taps it gets a sign-in form they cannot pass.
 */
export function KioskUnpair({
  token,
  onUnpaired,
  onCancel,
}: {
  token: string;
  onUnpaired: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-unpair-heading">
      <h2 id="kiosk-unpair-heading">{t('floor.kiosk.unpairHeading')}</h2>
      <p>{t('floor.kiosk.unpairHelp')}</p>
      <form
        className="kiosk-unpair-form"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setBusy(true);
          void (async () => {
            let signedIn = false;
            try {
              const session = await api<SessionUser>('/api/auth/login', {
                method: 'POST',
                body: { username, password },
              });
              signedIn = true;
              setCsrfToken(session.csrfToken);
              await api('/api/floor/devices/this/unpair', {
                method: 'POST',
                headers: { 'x-kiosk-token': token },
              });
              onUnpaired();
            } catch (err) {
              setError(errorText(err));
            } finally {
              // Whatever happened, nobody stays signed in on a public device.
              if (signedIn) await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
              setCsrfToken(null);
              await queryClient.invalidateQueries({ queryKey: ['session'] });
              setPassword('');
              setBusy(false);
            }
          })();
        }}
      >
        <StaffCredentialFields
          username={username}
          password={password}
          onUsername={setUsername}
          onPassword={setPassword}
        />
        <div className="kiosk-row">
          <button type="submit" className="big-button" disabled={busy}>
            {t('floor.kiosk.unpairConfirmButton')}
          </button>
          <button type="button" className="big-button" onClick={onCancel}>
            {t('floor.kiosk.back')}
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
