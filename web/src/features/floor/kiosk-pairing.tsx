import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { useErrorText } from '../../lib/error-text.ts';
import { usePairDevice } from './device-pairing.ts';
import { saveKioskToken } from './kiosk-device.ts';
import { StaffCredentialFields } from './staff-credentials.tsx';

/**
 * Shown on a device that is not a kiosk yet: a site manager pairs it once. A manager already signed in (at /masuk)
 * only names it; otherwise they sign in right here, in a form that asks the browser not to keep the password (a
 * kiosk is public). Either way they are signed out afterwards, paired or not (usePairDevice).
 */
export function KioskPairing({
  site,
  onPaired,
}: {
  site: { id: string; code: string; name: string };
  onPaired: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const pairDevice = usePairDevice();
  const errorText = useErrorText();
  const [name, setName] = useState('Kiosk 1');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = session.data?.user.role;
  const signedIn = role === 'site_manager' || role === 'national_admin';
  return (
    <section className="kiosk-pairing">
      <h1>{t('floor.kiosk.notPaired', { site: site.name })}</h1>
      <p>{t('floor.kiosk.pairHelp')}</p>
      <form
        className="kiosk-pairing-form"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setBusy(true);
          void (async () => {
            try {
              const paired = await pairDevice(signedIn ? null : { username, password }, {
                siteId: site.id,
                kind: 'kiosk',
                name,
              });
              saveKioskToken(site.code, paired.token);
              onPaired();
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
          <>
            <p>{t('floor.kiosk.signInToPair')}</p>
            <StaffCredentialFields
              username={username}
              password={password}
              onUsername={setUsername}
              onPassword={setPassword}
            />
          </>
        )}
        <label>
          {t('floor.kiosk.deviceName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
        </label>
        <button type="submit" className="big-button" disabled={busy}>
          {t('floor.kiosk.pair')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
