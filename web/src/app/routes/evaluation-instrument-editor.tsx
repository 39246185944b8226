import { InstrumentEditorPage } from '../../features/evaluation-instruments/editor-page.tsx';

/** /kelola/evaluasi/instrumen/:code/ubah and /kelola/evaluasi/instrumen/baru — a new version, a new instrument. */
export function Component() {
  return <InstrumentEditorPage />;
}
