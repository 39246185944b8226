import { EditStandard } from '../../features/standard/edit-standard.tsx';

/** /kelola/layanan/:id — edit a service standard. */
export function Component() {
  return <EditStandard />;
}
