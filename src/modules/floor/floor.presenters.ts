import type { EventPayload } from '../../shared/events/catalogue.ts';

/**
 * A ticket as it leaves the server to the screens that follow the floor: what every ticket event carries (the
 * catalogue's ticket fields), and the display board's calls over HTTP (boardView) with it, so the board and the event
 * that updates it never differ. A display announces the number, counter and booth; the zone filters; everything else
 * only prompts a refetch. Not the ticket: the audit log is the record, and small events matter because one call goes
 * to every display and phone following the booth. Issuing and the counter's actions both present their tickets here.
 */
export function presentTicketEvent<C extends number | null>(
  ticket: { id: string; number: string; status: EventPayload<'ticket.queued'>['status'] },
  booth: { name: string; zone: string },
  counterNumber: C,
): TicketPresented & { counterNumber: C } {
  return {
    ticketId: ticket.id,
    number: ticket.number,
    status: ticket.status,
    boothName: booth.name,
    zone: booth.zone,
    counterNumber,
  };
}

type TicketPresented = EventPayload<'ticket.queued'>;
