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
  const inserted = await db
    .insertInto('notifications')
    .values({
      siteId: n.siteId,
      channel: n.channel,
      recipientEncrypted: cipher.encrypt(n.recipient),
      template: n.template,
      language: n.language,
      data: JSON.stringify(n.data),
      dedupeKey: n.dedupeKey,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
