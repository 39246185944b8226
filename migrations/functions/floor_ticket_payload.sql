-- floor_ticket_payload: what every ticket event carries (the event catalogue's ticket fields, shared/events/
-- catalogue.ts): the same object as floor.presenters.ts's presentTicketEvent, which presents the board's calls
-- over HTTP; test/floor.sql.test.ts holds the two to the same output. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_ticket_payload(p_ticket tickets, p_booth_name text, p_zone text,
                                                p_counter_number int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('ticketId', p_ticket.id, 'number', p_ticket.number, 'status', p_ticket.status,
                            'boothName', p_booth_name, 'zone', p_zone, 'counterNumber', p_counter_number);
$$;
