import type { RequestContext } from '../../shared/context.ts';
import { writeChange } from '../../shared/write/write.ts';
import { enqueueNotification } from '../notifications/notifications.public.ts';
import { localOf } from '../sites/sites.public.ts';
import { reminderCandidates } from './findings.repository.ts';
import { isOverdue } from './findings.rules.ts';
import type { FindingDeps } from './findings.service.ts';

/**
 * The findings' sweep, run every few minutes by the server and by `atap evaluation-sweep`: a finding still waiting
 * for its unit (open, or returned) past its due moment sends a reminder to the site's e-mail (accounts carry no
 * address; the site's desk passes it on, as complaints' escalations do), at most once a day per finding
 * (reminded_at), and writes an audit entry. Rows are taken with SKIP LOCKED and checked again under the lock, so
 * two sweeps at once never remind twice.
 */

const sweepContext: RequestContext = { actor: null, clientIp: null, requestId: 'evaluation-sweep' };
const BATCH = 200;
const DAY_MS = 86_400_000;

export async function sweepFindings(deps: FindingDeps): Promise<{ reminded: number }> {
  const now = deps.now();
  const dayAgo = new Date(now.getTime() - DAY_MS);
  let reminded = 0;
  for (const c of await reminderCandidates(deps.db, now, dayAgo, BATCH)) {
    const sent = await writeChange(deps, sweepContext, c.siteId, async (w) => {
      const row = await w.tx
        .selectFrom('findings as f')
        .innerJoin('sites as s', 's.id', 'f.siteId')
        .leftJoin('agencies as ag', 'ag.id', 'f.agencyId')
        .selectAll('f')
        .select(['s.name as siteName', 's.email as siteEmail', 's.timezone', 'ag.name as agencyName'])
        .where('f.id', '=', c.id)
        .forUpdate('f')
        .skipLocked()
        .executeTakeFirst();
      // Locked by a move or another sweep: the next round sees it as it then is.
      if (!row || !isOverdue(row, now)) return false;
      if (row.remindedAt && row.remindedAt > dayAgo) return false;
      await w.tx.updateTable('findings').set({ remindedAt: now }).where('id', '=', row.id).execute();
      const due = localOf(row.dueAt, row.timezone);
      const today = localOf(now, row.timezone).date;
      if (deps.notify.email && row.siteEmail)
        await enqueueNotification(w.tx, deps.personalData, {
          siteId: row.siteId,
          channel: 'email',
          recipient: row.siteEmail,
          template: 'evaluation.finding_overdue',
          language: 'id',
          data: {
            id: row.id,
            // A short reference people can say on the phone; the link carries the full id.
            code: row.id.slice(0, 8).toUpperCase(),
            title: row.title,
            site: row.siteName,
            unit: row.agencyName ?? row.siteName,
            due: due.date,
            recommendation: row.recommendation,
          },
          // Once a day per finding, even if reminded_at were cleared.
          dedupeKey: `evaluation.finding_overdue:${row.id}:${today}`,
        });
      w.audit({
        action: 'evaluation.finding.remind',
        entityType: 'finding',
        entityId: row.id,
        siteId: row.siteId,
        agencyId: row.agencyId,
        before: { remindedAt: row.remindedAt?.toISOString() ?? null },
        after: { remindedAt: now.toISOString(), status: row.status, dueAt: row.dueAt.toISOString() },
      });
      return true;
    });
    if (sent) reminded++;
  }
  return { reminded };
}

/** Runs the sweep every `everyMs`, one round at a time; a failed round is reported and the next one tried. */
export function startFindingSweep(
  deps: FindingDeps,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweepFindings(deps)
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
