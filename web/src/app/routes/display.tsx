import { DisplayPage } from '../../features/floor/display.tsx';

/** /display/:site — the waiting-room display (full screen). */
export function Component() {
  return <DisplayPage />;
}
