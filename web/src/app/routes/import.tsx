import { ImportPage } from '../../features/catalogue/import.tsx';

/** /kelola/impor — import services. */
export function Component() {
  return <ImportPage />;
}
