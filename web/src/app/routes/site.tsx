import { SitePage } from '../../features/catalogue/catalogue.tsx';

/** /mpp/:code — one MPP site. */
export function Component() {
  return <SitePage />;
}
