import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, setCsrfToken } from '../../lib/api.ts';
import { useSession } from '../layout.tsx';
import { useErrorText } from './error-text.ts';
import { saveDeviceToken } from './kiosk-device.ts';

/**
 * On a display's start screen: a site manager may pair it (optional: the board is public), so the devices page
 * lists it with its last-seen time and the manager can revoke it. The manager is signed out afterwards.
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
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [name, setName] = useState('Layar 1');
  const [error, setError] = useState<string | null>(null);
  const role = session.data?.user.role;
  if (role !== 'site_manager' && role !== 'national_admin')
    return (
      <p>
        <Link to={`/masuk?next=/display/${siteCode}`}>{t('floor.display.signInToPair')}</Link>
      </p>
    );
  return (
    <form
      className="display-pairing"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        api<{ token: string }>('/api/floor/devices', {
          method: 'POST',
          body: { siteId, kind: 'display', name },
        })
          .then(async (paired) => {
            saveDeviceToken('display', siteCode, paired.token);
            await api('/api/auth/logout', { method: 'POST' });
            setCsrfToken(null);
            await queryClient.invalidateQueries({ queryKey: ['session'] });
            onPaired(paired.token);
          })
          .catch((err: unknown) => setError(errorText(err)));
      }}
    >
      <label>
        {t('floor.display.deviceName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      </label>
      <button type="submit">{t('floor.display.pair')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
