import type { dashboardOut, reportsOut } from '../../../../src/modules/evaluation/report.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

/** What the evaluation dashboard reads, from the server's schemas. */
export type Dashboard = ApiReply<typeof dashboardOut>;
export type DashboardRow = Dashboard['agencies'][number];
export type LatestScore = DashboardRow['latest'][number];
export type Reports = ApiReply<typeof reportsOut>;
export type IssuedReport = Reports['reports'][number];
