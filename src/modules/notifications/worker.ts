import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { Channels } from './channels.ts';
import { backoffSeconds, render } from './templates.ts';

export const MAX_ATTEMPTS = 8;
/** A claimed row is someone's for this long; a worker that died mid-send hands it back when it runs out. */
const LEASE_SECONDS = 120;

/**
 * Sends due notifications. Each batch is claimed in its own short transaction (SKIP LOCKED, and the lease
 * pushes `next_attempt_at` forward), so several workers in several processes never send the same row at the
 * same time; a send that fails is retried with backoff, then given up ('dead') after MAX_ATTEMPTS.
 */
export async function sendDue(
  db: Database,
  cipher: PersonalDataCipher,
  channels: Channels,
  batch = 20,
  /** ATAP_PUBLIC_URL: the links in the messages point there. */
  publicUrl: string | undefined = undefined,
): Promise<{ sent: number; failed: number }> {
  const claimed = await sql<{
    id: string;
    channel: 'email' | 'webhook';
    recipientEncrypted: string;
    template: string;
    language: 'id' | 'en';
    data: Record<string, unknown>;
    attempts: number;
  }>`
    UPDATE notifications SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (
      SELECT id FROM notifications WHERE status = 'pending' AND next_attempt_at <= now()
      ORDER BY next_attempt_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING id, channel, recipient_encrypted, template, language, data, attempts`.execute(db);
  let sent = 0;
  let failed = 0;
  for (const n of claimed.rows) {
    try {
      const send = channels[n.channel];
      if (!send) throw new Error(`channel ${n.channel} is not configured`);
      const message = render(n.template, n.language, n.data, publicUrl);
      await send(cipher.decrypt(n.recipientEncrypted), message, {
        template: n.template,
        language: n.language,
      });
      await db
        .updateTable('notifications')
        .set({ status: 'sent', sentAt: new Date(), lastError: null })
        .where('id', '=', n.id)
        .execute();
      sent++;
    } catch (error) {
      failed++;
      const dead = n.attempts >= MAX_ATTEMPTS;
      await sql`
        UPDATE notifications SET status = ${dead ? 'dead' : 'pending'}, last_error = ${String((error as Error).message).slice(0, 500)},
          next_attempt_at = now() + make_interval(secs => ${backoffSeconds(n.attempts, Math.random())})
        WHERE id = ${n.id}`.execute(db);
    }
  }
  return { sent, failed };
}

/** Runs sendDue every `pollMs` until stopped; one round at a time. */
export function startNotificationWorker(
  db: Database,
  cipher: PersonalDataCipher,
  channels: Channels,
  pollMs: number,
  onError: (error: unknown) => void,
  publicUrl: string | undefined = undefined,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      // Drain what is due, batch after batch, then wait for the next tick.
      for (;;) {
        const { sent, failed } = await sendDue(db, cipher, channels, 20, publicUrl);
        if (sent + failed === 0 || stopped) break;
      }
    })()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, pollMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
