import { PaperImportPage } from '../../features/satisfaction/paper-import-page.tsx';

/** /kelola/mpp/:code/survei/impor — paper survey forms. */
export function Component() {
  return <PaperImportPage />;
}
