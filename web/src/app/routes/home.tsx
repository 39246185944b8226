import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { Home } from '../../features/catalogue/catalogue.tsx';
import { publicConfigQuery } from '../../lib/public-url.ts';

/**
 * / — the citizen's home page on a site; on the national hub (/api/config says mode 'hub'), the national view.
 * The config is prefetched at start, in parallel with this screen's code, so a site's home rarely waits for it;
 * while it is on its way nothing is drawn (a hub must not flash a mall's home), and if it fails the site's home
 * shows, as before.
 */
export function Component() {
  const config = useQuery(publicConfigQuery);
  if (config.data?.mode === 'hub') return <Navigate to="/nasional" replace />;
  if (config.isPending) return null;
  return <Home />;
}
