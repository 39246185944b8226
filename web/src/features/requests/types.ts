type Sla = 'on_time' | 'at_risk' | 'late' | 'paused' | 'done_on_time' | 'done_late';

import type { StepLabel } from '../../lib/types.ts';

export interface FileRow {
  id: string;
  code: string;
  state: string;
  service: string;
  booth: string;
  citizenName: string;
  timezone: string;
  openedAt: string;
  dueAt: string;
  sla: Sla;
}

export interface FileDetail {
  id: string;
  code: string;
  service: string;
  booth: string;
  agency: string;
  timezone: string;
  citizen: { name: string; nik: string; phone: string | null };
  state: string;
  steps: StepLabel[];
  workflow: string[];
  next: string[];
  checklist: {
    name: string;
    mandatory: boolean;
    state: 'pending' | 'received' | 'verified' | 'missing';
    note: string;
  }[];
  missing: string[];
  openedAt: string;
  dueAt: string;
  completionTime: { amount: number; unit: string };
  paused: boolean;
  sla: Sla | null;
  doneAt: string | null;
  history: { fromState: string | null; toState: string; note: string; actorName: string; at: string }[];
}

export interface TrackedFile {
  code: string;
  service: string;
  site: string;
  booth: string;
  timezone: string;
  state: string;
  steps: (StepLabel & { reachedAt: string | null })[];
  sideState: StepLabel | null;
  reason: string | null;
  missing: string[];
  openedAt: string;
  dueAt: string;
  paused: boolean;
  sla: Sla | null;
  readyToCollect: boolean;
  doneAt: string | null;
}

export interface MonitorFigures {
  served: number;
  opened: number;
  completed: number;
  completedOnTime: number;
  rejected: number;
  inProgress: number;
  late: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  completedShare: number | null;
  onTimeShare: number | null;
}

export interface MonitorView {
  site: { id: string; code: string; name: string; timezone: string };
  period: { from: string; to: string };
  totals: MonitorFigures;
  agencies: (MonitorFigures & {
    id: string;
    name: string;
    shortName: string;
    booths: (MonitorFigures & { id: string; name: string })[];
  })[];
  trend: {
    grain: 'day' | 'month';
    points: { period: string; served: number; opened: number; completed: number; completedOnTime: number }[];
  };
}

export interface AttentionRow {
  id: string;
  code: string;
  state: string;
  service: string;
  booth: string;
  boothId: string;
  agency: string;
  openedAt: string;
  dueAt: string;
  atRiskAt: string;
  late: boolean;
}
