import { Home } from '../../features/catalogue/catalogue.tsx';

/** / — the citizen's home page. */
export function Component() {
  return <Home />;
}
