import type { EventPayload } from '../../shared/events/catalogue.ts';

/**
 * What every ticket event carries (the catalogue's ticket fields): a display announces the number, counter and
 * booth; the zone filters; everything else only prompts a refetch. Not the ticket: the audit log is the record,
 * and small events matter because one call goes to every display and phone following the booth. Issuing and the
 * counter's actions both present their tickets here, so the events of one ticket never differ in shape.
 */
export function presentTicketEvent(
  ticket: { id: string; number: string; status: EventPayload<'ticket.queued'>['status'] },
  booth: { name: string; zone: string },
  counterNumber: number | null,
): EventPayload<'ticket.queued'> {
  return {
    ticketId: ticket.id,
    number: ticket.number,
    status: ticket.status,
    boothName: booth.name,
    zone: booth.zone,
    counterNumber,
  };
}
