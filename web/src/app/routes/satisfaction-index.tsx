import { SatisfactionIndexPage } from '../../features/satisfaction/index-page.tsx';

/** /kelola/kepuasan — the satisfaction index (IKM) of a unit and period, for managers, agency admins, evaluators. */
export function Component() {
  return <SatisfactionIndexPage />;
}
