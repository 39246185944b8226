import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, setCsrfToken } from '../../lib/api.ts';
import { useSession } from '../layout.tsx';
import { useErrorText } from './error-text.ts';
import { saveKioskToken } from './kiosk-device.ts';

/** Shown on a device that is not a kiosk yet: a site manager signs in once and pairs it. */
export function KioskPairing({
  site,
  onPaired,
}: {
  site: { id: string; code: string; name: string };
  onPaired: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [name, setName] = useState('Kiosk 1');
  const [error, setError] = useState<string | null>(null);
  const role = session.data?.user.role;
  const mayPair = role === 'site_manager' || role === 'national_admin';
  return (
    <section className="kiosk-pairing">
      <h1>{t('floor.kiosk.notPaired', { site: site.name })}</h1>
      <p>{t('floor.kiosk.pairHelp')}</p>
      {mayPair ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            api<{ token: string }>('/api/floor/kiosks', { method: 'POST', body: { siteId: site.id, name } })
              .then(async (paired) => {
                saveKioskToken(site.code, paired.token);
                // A kiosk is a public device: the manager who paired it must not stay signed in on it.
                await api('/api/auth/logout', { method: 'POST' });
                setCsrfToken(null);
                await queryClient.invalidateQueries({ queryKey: ['session'] });
                onPaired();
              })
              .catch((err: unknown) => setError(errorText(err)));
          }}
        >
          <label>
            {t('floor.kiosk.deviceName')}
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
          </label>
          <button type="submit" className="big-button">
            {t('floor.kiosk.pair')}
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      ) : (
        <p>
          <Link to={`/masuk?next=/kiosk/${site.code}`}>{t('floor.kiosk.signInToPair')}</Link>
        </p>
      )}
    </section>
  );
}
