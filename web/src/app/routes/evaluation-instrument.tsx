import { InstrumentPage } from '../../features/evaluation-instruments/instrument-page.tsx';

/** /kelola/evaluasi/instrumen/:code — one instrument at one version, with its history. */
export function Component() {
  return <InstrumentPage />;
}
