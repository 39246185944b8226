import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type Channel = 'email' | 'webhook';

interface NotificationsTable {
  id: Generated<string>;
  siteId: string | null;
  channel: Channel;
  recipientEncrypted: string;
  template: string;
  language: Generated<'id' | 'en'>;
  data: JSONColumnType<Record<string, unknown>, string, string>;
  dedupeKey: string;
  status: Generated<'pending' | 'sent' | 'dead'>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Timestamp>;
  lastError: string | null;
  createdAt: Generated<Timestamp>;
  sentAt: NullableTimestamp;
}

export interface NotificationTables {
  notifications: NotificationsTable;
}
