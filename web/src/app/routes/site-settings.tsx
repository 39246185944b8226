import { SiteSettingsPage } from '../../features/site-admin/site-settings.tsx';

/** /kelola/mpp/:code — a site's settings. */
export function Component() {
  return <SiteSettingsPage />;
}
