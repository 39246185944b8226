import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { useErrorText } from '../../lib/error-text.ts';
import { usePairDevice } from './device-pairing.ts';
import { saveDeviceToken } from './kiosk-device.ts';
import { StaffCredentialFields } from './staff-credentials.tsx';

/**
 * On a display's start screen: a site manager may pair it (optional: the board is public), so the devices page
 * lists it with its last-seen time and the manager can revoke it. A manager not signed in opens the sign-in here,
 * in a form that asks the browser not to keep the password (the display is public); whoever signed in is signed
 * out afterwards, paired or not (usePairDevice).
 */
export function DisplayPairing({
  siteId,
  siteCode,
  onPaired,
}: {
  siteId: string;
  siteCode: string;
  onPaired: (token: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const pairDevice = usePairDevice();
  const errorText = useErrorText();
  const [name, setName] = useState('Layar 1');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = session.data?.user.role;
  const signedIn = role === 'site_manager' || role === 'national_admin';
  const form = (
    <form
      className="display-pairing"
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setBusy(true);
        void (async () => {
          try {
            const paired = await pairDevice(signedIn ? null : { username, password }, {
              siteId,
              kind: 'display',
              name,
            });
            saveDeviceToken('display', siteCode, paired.token);
            onPaired(paired.token);
          } catch (err) {
            setError(errorText(err));
          } finally {
            setPassword('');
            setBusy(false);
          }
        })();
      }}
    >
      {!signedIn && (
        <StaffCredentialFields
          username={username}
          password={password}
          onUsername={setUsername}
          onPassword={setPassword}
        />
      )}
      <label>
        {t('floor.display.deviceName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      </label>
      <button type="submit" disabled={busy}>
        {t('floor.display.pair')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
  if (signedIn) return form;
  // Out of the way on the public board: opened only by the manager who pairs it. Kept open after a refusal.
  return (
    <details className="display-pairing-signin" open={error !== null || undefined}>
      <summary>{t('floor.display.signInToPair')}</summary>
      {form}
    </details>
  );
}
