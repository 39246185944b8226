/**
 * A hook a module declares so that other modules can react to its changes without it importing them (the floor's
 * finished visit: floor.hooks.ts). Those modules register at startup (app.ts); the declaring change runs the hooks
 * in registration order inside its own transaction, so a hook that throws rolls the whole change back.
 */
interface Hook<Args extends unknown[]> {
  /** Registers a hook (registering the same function twice is a no-op: apps built again in one process). */
  register(hook: (...args: Args) => Promise<void>): void;
  /** Runs the registered hooks, one after the other. */
  run(...args: Args): Promise<void>;
}

export function declareHook<Args extends unknown[]>(): Hook<Args> {
  const hooks = new Set<(...args: Args) => Promise<void>>();
  return {
    register: (hook) => {
      hooks.add(hook);
    },
    run: async (...args) => {
      for (const hook of hooks) await hook(...args);
    },
  };
}
