/** What other modules may use of notifications: queueing notices in their own transaction, and the channels. */
export type { NotifyChannels } from './channels.ts';
export { enqueueNotification, enqueueNotifications, type NewNotification } from './outbox.ts';
