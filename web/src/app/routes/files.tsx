import { FileListPage } from '../../features/requests/file-list.tsx';

/** /berkas — application files. */
export function Component() {
  return <FileListPage />;
}
