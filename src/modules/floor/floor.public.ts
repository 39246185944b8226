/**
 * What other modules may use of the floor (the only floor file they import; `.dependency-cruiser.cjs` holds them
 * to it). To react to a finished visit, register a hook (`onVisitFinished`) rather than being called from here.
 */
export { attendanceOver, waitingOver } from './attendance.period.ts';
export { callNext, finish, openCounter } from './counter.service.ts';
export { deviceTokenOf } from './devices.rules.ts';
export { deviceByToken } from './devices.service.ts';
export { onVisitFinished, type VisitFinishedHook } from './floor.hooks.ts';
export type { FloorRuntime } from './floor.runtime.ts';
export type { Priority } from './floor.tables.ts';
export { issuer } from './kiosk.service.ts';
export { issueVisit } from './tickets.service.ts';
