import type { RequestContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { writeChange } from '../../shared/write/write.ts';
import { enqueueNotification } from '../notifications/notifications.public.ts';
import { localOf } from '../sites/sites.public.ts';
import { type ComplaintDeps, formatComplaintCode } from './complaint.filing.ts';
import { moveComplaint } from './complaint.moves.ts';
import { stageState } from './complaint-deadlines.rules.ts';
import { FINAL_STATUSES } from './complaint-status.rules.ts';

/**
 * The complaints' sweep, run every minute by the server and by `atap complaints-sweep`:
 * - an answered complaint the citizen did not reply to closes by itself when its stage ends (moveComplaint
 *   'auto_close' by the system: the locked row is checked again, so two sweeps never close it twice);
 * - an open complaint whose stage turns at risk, then late, sends one escalation notice each to the site's
 *   complaint desk (the site's e-mail; accounts carry no address) and writes an audit entry. `escalated` marks
 *   what was sent for the current stage; a move clears it. Rows are taken with SKIP LOCKED and the mark checked
 *   on the locked row, so two sweeps at once never notify twice.
 */

const sweepContext: RequestContext = { actor: null, clientIp: null, requestId: 'complaints-sweep' };
const BATCH = 200;

export interface SweepResult {
  closed: number;
  atRisk: number;
  late: number;
}

export async function sweepComplaints(deps: ComplaintDeps): Promise<SweepResult> {
  const now = deps.now();
  const result: SweepResult = { closed: 0, atRisk: 0, late: 0 };
  result.closed = await autoClose(deps, now);
  for (const level of await escalate(deps, now)) result[level === 'late' ? 'late' : 'atRisk']++;
  return result;
}

async function autoClose(deps: ComplaintDeps, now: Date): Promise<number> {
  const due = await deps.db
    .selectFrom('complaints')
    .select('id')
    .where('status', '=', 'answered')
    .where('stageDueAt', '<=', now)
    .orderBy('stageDueAt')
    .limit(BATCH)
    .execute();
  let closed = 0;
  for (const { id } of due) {
    try {
      await moveComplaint(deps, sweepContext, id, {
        action: 'auto_close',
        by: 'system',
        publicNote: true,
        // Seen again under the lock: the citizen may have replied, or another sweep closed it, meanwhile.
        authorize: (row) => {
          if (row.status !== 'answered' || !row.stageDueAt || row.stageDueAt > now)
            throw new AppError('complaint.illegal_move');
        },
      });
      closed++;
    } catch (error) {
      if (error instanceof AppError && error.status === 409) continue;
      throw error;
    }
  }
  return closed;
}

type Level = 'at_risk' | 'late';

async function escalate(deps: ComplaintDeps, now: Date): Promise<Level[]> {
  const candidates = await deps.db
    .selectFrom('complaints')
    .select(['id', 'siteId'])
    .where('status', 'not in', [...FINAL_STATUSES, 'postponed', 'answered'])
    .where('stageAtRiskAt', '<=', now)
    .where((eb) =>
      eb.or([
        eb('escalated', 'is', null),
        eb.and([eb('escalated', '=', 'at_risk'), eb('stageDueAt', '<', now)]),
      ]),
    )
    .orderBy('stageDueAt')
    .limit(BATCH)
    .execute();
  const sent: Level[] = [];
  for (const c of candidates) {
    const level = await writeChange(deps, sweepContext, c.siteId, async (w) => {
      const row = await w.tx
        .selectFrom('complaints as c')
        .innerJoin('sites as s', 's.id', 'c.siteId')
        .selectAll('c')
        .select(['s.name as siteName', 's.email as siteEmail', 's.timezone'])
        .where('c.id', '=', c.id)
        .forUpdate('c')
        .skipLocked()
        .executeTakeFirst();
      // Locked by a move or another sweep: the next round sees it as it then is.
      if (!row) return null;
      const state = stageState(row, now);
      const reached: Level | null = state === 'late' ? 'late' : state === 'at_risk' ? 'at_risk' : null;
      if (!reached || row.escalated === reached || row.escalated === 'late' || !row.stageDueAt) return null;
      await w.tx.updateTable('complaints').set({ escalated: reached }).where('id', '=', row.id).execute();
      const due = localOf(row.stageDueAt, row.timezone);
      if (deps.notify.email && row.siteEmail)
        await enqueueNotification(w.tx, deps.personalData, {
          siteId: row.siteId,
          channel: 'email',
          recipient: row.siteEmail,
          template: 'complaint.escalated',
          language: 'id',
          data: {
            id: row.id,
            code: formatComplaintCode(row.trackingCode),
            site: row.siteName,
            level: reached,
            status: row.status,
            due: `${due.date} ${minuteText(due.minute)}`,
          },
          // Once per stage: a stage is known by its deadline.
          dedupeKey: `complaint.escalated:${row.id}:${reached}:${row.stageDueAt.toISOString()}`,
        });
      w.audit({
        action: 'complaint.escalate',
        entityType: 'complaint',
        entityId: row.id,
        siteId: row.siteId,
        agencyId: row.agencyId,
        before: { escalated: row.escalated },
        after: { escalated: reached, status: row.status, stageDueAt: row.stageDueAt.toISOString() },
      });
      return reached;
    });
    if (level) sent.push(level);
  }
  return sent;
}

const minuteText = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.floor(m % 60)).padStart(2, '0')}`;

/**
 * Runs the sweep every `everyMs`, one round at a time, until stopped. A failed round (the database gone for a
 * moment) is reported and the next one tried: it never ends the process.
 */
export function startComplaintSweep(
  deps: ComplaintDeps,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweepComplaints(deps)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
