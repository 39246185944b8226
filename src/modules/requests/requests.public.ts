/**
 * What other modules may use of requests: the hook it registers on the floor's finish (the monitor's rollups), and
 * the history generator the demo seed runs.
 */

export { generateHistory } from './requests.history.ts';
export { countServedVisit } from './requests.rollups.ts';
