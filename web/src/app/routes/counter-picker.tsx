import { CounterPicker } from '../../features/floor/counter-picker.tsx';

/** /loket — choose a counter. */
export function Component() {
  return <CounterPicker />;
}
