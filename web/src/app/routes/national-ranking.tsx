import { RankingPage } from '../../features/national/ranking-page.tsx';

/** /nasional — every MPP ranked on one measure for a period, within a peer group if asked. */
export function Component() {
  return <RankingPage />;
}
