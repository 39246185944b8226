import { SitePage } from '../../features/national/site-page.tsx';

/** /nasional/situs/:code — one MPP's measures, trends, place among its peers and sites like it. */
export function Component() {
  return <SitePage />;
}
