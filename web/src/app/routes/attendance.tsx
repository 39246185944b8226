import { AttendancePage } from '../../features/floor/attendance.tsx';

/** /kelola/kehadiran — staff attendance. */
export function Component() {
  return <AttendancePage />;
}
