import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { DevicesView } from './types.ts';

/**
 * /kelola/mpp/:code/perangkat — the site's paired devices (kiosks, display boards): name them, see which are
 * alive, revoke one that was lost, moved or replaced (its token is refused from that moment).
 */
export function DevicesPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const view = useQuery({
    queryKey: ['devices', code],
    queryFn: () => api<DevicesView>(`/api/floor/sites/${encodeURIComponent(code)}/devices`),
    retry: false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['devices', code] });
  const act = (run: () => Promise<unknown>) => {
    setError(null);
    run()
      .then(refresh)
      .catch((e: unknown) => setError(errorText(e)));
  };
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
          dateStyle: 'medium',
          timeStyle: 'short',
          // The site's own time (WIB/WITA/WIT), like every floor screen, not the manager's device's.
          timeZone: view.data?.site.timezone,
        })
      : '—';
  if (view.isError)
    return (
      <p role="alert" className="site-admin">
        {errorText(view.error)}
      </p>
    );
  if (!view.data) return <p>{t('floor.loading')}</p>;
  const { site, devices } = view.data;
  return (
    <section className="site-admin devices-page">
      <h1>{t('floor.devices.heading', { site: site.name })}</h1>
      <p>{t('floor.devices.help')}</p>
      <p>
        <Link to={`/kiosk/${site.code}`}>{t('floor.devices.pairKiosk')}</Link> ·{' '}
        <Link to={`/display/${site.code}`}>{t('floor.devices.pairDisplay')}</Link> ·{' '}
        <Link to={`/survei-loket/${site.code}`}>{t('floor.devices.pairSurvey')}</Link>
      </p>
      {error && <p role="alert">{error}</p>}
      {devices.length === 0 ? (
        <p>{t('floor.devices.none')}</p>
      ) : (
        <table>
          <caption>{t('floor.devices.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('floor.devices.name')}</th>
              <th scope="col">{t('floor.devices.kind')}</th>
              <th scope="col">{t('floor.devices.status')}</th>
              <th scope="col">{t('floor.devices.paired')}</th>
              <th scope="col">{t('floor.devices.lastSeen')}</th>
              <th scope="col">{t('floor.devices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const name = String(new FormData(e.currentTarget).get('name') ?? '');
                      act(() => api(`/api/floor/devices/${d.id}`, { method: 'PATCH', body: { name } }));
                    }}
                  >
                    <input
                      name="name"
                      aria-label={t('floor.devices.nameOf', { name: d.name })}
                      defaultValue={d.name}
                      required
                      maxLength={80}
                      disabled={d.status === 'revoked'}
                    />
                    {d.status === 'active' && <button type="submit">{t('floor.devices.rename')}</button>}
                  </form>
                </th>
                <td>{t(`floor.devices.kinds.${d.kind}`, { defaultValue: d.kind })}</td>
                <td>
                  {d.status === 'active'
                    ? t('floor.devices.active')
                    : t('floor.devices.revoked', { when: when(d.revokedAt), by: d.revokedBy ?? '—' })}
                </td>
                <td>
                  {when(d.pairedAt)}
                  {d.pairedBy ? ` · ${d.pairedBy}` : ''}
                </td>
                <td>{when(d.lastSeenAt)}</td>
                <td>
                  {d.status === 'active' && (
                    <button
                      type="button"
                      onClick={() => {
                        if (window.confirm(t('floor.devices.revokeConfirm', { name: d.name })))
                          act(() => api(`/api/floor/devices/${d.id}/revoke`, { method: 'POST' }));
                      }}
                    >
                      {t('floor.devices.revoke', { name: d.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
