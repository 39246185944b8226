import { PublicSatisfactionPage } from '../../features/satisfaction/public-index.tsx';

/** /kepuasan/:site — the published satisfaction index of a site, per agency and service. */
export function Component() {
  return <PublicSatisfactionPage />;
}
