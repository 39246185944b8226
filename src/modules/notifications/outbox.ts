import type { Executor } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { Channel } from './notifications.tables.ts';

export interface NewNotification {
  siteId: string | null;
  channel: Channel;
  /** E-mail address or phone number (encrypted before it is stored). */
  recipient: string;
  template: string;
  language: 'id' | 'en';
  data: Record<string, unknown>;
  /** The same key enqueues once: "confirmed:<booking id>:email". */
  dedupeKey: string;
}

/**
 * Queues a notification. Call it with the transaction of the change it reports: if that rolls back, nothing
 * is sent. Returns false when the same dedupe key was queued before.
 */
export async function enqueueNotification(
  db: Executor,
  cipher: PersonalDataCipher,
  n: NewNotification,
): Promise<boolean> {
  return (await enqueueNotifications(db, cipher, [n])) === 1;
}

/** Queues many in one statement (a batch of bookings); returns how many were new (not queued before). */
export async function enqueueNotifications(
  db: Executor,
  cipher: PersonalDataCipher,
  list: NewNotification[],
): Promise<number> {
  if (list.length === 0) return 0;
  const inserted = await db
    .insertInto('notifications')
    .values(
      list.map((n) => ({
        siteId: n.siteId,
        channel: n.channel,
        recipientEncrypted: cipher.encrypt(n.recipient),
        template: n.template,
        language: n.language,
        data: JSON.stringify(n.data),
        dedupeKey: n.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
