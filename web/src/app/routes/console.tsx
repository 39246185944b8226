import { CounterConsole } from '../../features/floor/console.tsx';

/** /loket/:id — the counter console. */
export function Component() {
  return <CounterConsole />;
}
