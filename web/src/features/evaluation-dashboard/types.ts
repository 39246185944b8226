/** The dashboard as the API gives it (GET /api/evaluation/sites/{site}/dashboard). */
type Zone = 'green' | 'yellow' | 'red';

export interface LatestScore {
  instrumentCode: string;
  assessmentId: string;
  periodTo: string;
  total: string;
  band: { code: string; label: string; zone?: Zone } | null;
  share: number;
  previousTotal: string | null;
  trend: 'up' | 'down' | 'same' | null;
}

export interface DashboardRow {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  latest: LatestScore[];
  zone: Zone | null;
  strength: number | null;
  openFindings: number;
  overdueFindings: number;
}

export interface Dashboard {
  instruments: { code: string; name: string; kind: string }[];
  site: LatestScore[];
  agencies: DashboardRow[];
}

export interface IssuedReport {
  id: string;
  kind: 'assessment' | 'follow_up';
  number: string;
  issuedAt: string;
  issuedBy: string | null;
}
