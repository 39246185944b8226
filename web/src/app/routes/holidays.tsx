import { HolidaysPage } from '../../features/requests/holidays.tsx';

/** /kelola/libur — holidays. */
export function Component() {
  return <HolidaysPage />;
}
