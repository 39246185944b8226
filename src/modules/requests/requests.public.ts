/**
 * What other modules may use of requests: the hook it registers on the floor's finish (the monitor's rollups), the
 * hook it declares for a file handed over (the satisfaction survey registers there), and the history generator the
 * demo seed runs.
 */

export { unitCompletion } from './monitor.unit.ts';
export { generateHistory } from './requests.history.ts';
export { onRequestHandedOver, type RequestHandedOverHook } from './requests.hooks.ts';
export { countServedVisit } from './requests.rollups.ts';
