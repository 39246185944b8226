import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleTicket } from './types.ts';

/** Times in the site's timezone: an officer in Makassar reads WITA whatever the device is set to. */
const timeOf = (iso: string | null, timeZone: string) =>
  iso ? new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone }) : '';

export function TicketBadges({ ticket }: { ticket: ConsoleTicket }) {
  const { t } = useTranslation();
  return (
    <>
      {ticket.booked && <span className="badge badge-booked">{t('floor.console.booked')}</span>}
      {ticket.priority !== 'none' && (
        <span className="badge badge-priority">{t(`floor.priority.${ticket.priority}`)}</span>
      )}
      {ticket.transferCount > 0 && <span className="badge">{t('floor.console.transferred')}</span>}
    </>
  );
}

/** The booth's queue in the order the ordering rule will call it; any row can be called out of turn, with a reason. */
export function WaitingList({
  tickets,
  timezone,
  disabled,
  onCall,
}: {
  tickets: ConsoleTicket[];
  timezone: string;
  disabled: boolean;
  onCall: (ticketId: string, reason: string) => void;
}) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  if (tickets.length === 0) return <p>{t('floor.console.nobodyWaiting')}</p>;
  return (
    <table className="console-table">
      <thead>
        <tr>
          <th>{t('floor.console.number')}</th>
          <th>{t('floor.console.service')}</th>
          <th>{t('floor.console.arrived')}</th>
          <th>
            <span className="visually-hidden">{t('floor.console.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => (
          <tr key={ticket.id}>
            <td>
              <strong>{ticket.number}</strong> <TicketBadges ticket={ticket} />
            </td>
            <td>{ticket.serviceName}</td>
            <td>{timeOf(ticket.arrivedAt, timezone)}</td>
            <td>
              {choosing === ticket.id ? (
                <form
                  className="inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    onCall(ticket.id, reason);
                    setChoosing(null);
                    setReason('');
                  }}
                >
                  <label>
                    {t('floor.console.callReason')}
                    <input
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                      minLength={3}
                      required
                    />
                  </label>
                  <button type="submit">{t('floor.console.callThis')}</button>
                  <button type="button" onClick={() => setChoosing(null)}>
                    {t('floor.console.cancel')}
                  </button>
                </form>
              ) : (
                <button type="button" disabled={disabled} onClick={() => setChoosing(ticket.id)}>
                  {t('floor.console.callOutOfTurn')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tickets marked no-show within the return window: the citizen came back, so put them back in the queue. */
export function NoShowList({
  tickets,
  timezone,
  disabled,
  onReturn,
}: {
  tickets: ConsoleTicket[];
  timezone: string;
  disabled: boolean;
  onReturn: (ticketId: string) => void;
}) {
  const { t } = useTranslation();
  if (tickets.length === 0) return null;
  return (
    <section>
      <h2>{t('floor.console.noShows')}</h2>
      <ul className="plain-list">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <strong>{ticket.number}</strong> {ticket.serviceName} · {timeOf(ticket.noShowAt, timezone)}{' '}
            <button type="button" disabled={disabled} onClick={() => onReturn(ticket.id)}>
              {t('floor.console.returned')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
