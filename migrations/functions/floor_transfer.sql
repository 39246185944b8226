-- floor_transfer: sends the counter's ticket to another service, at this booth if it offers it (or at p_to_booth
-- when given), else another booth of the site. The ticket keeps its number and original arrival, so it enters the
-- destination queue where fairness puts it; its calls start again from none. Returns {ticketId, number, boothId}.
-- Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_transfer(p_ctx jsonb, p_counter uuid, p_booth uuid, p_service uuid,
                                          p_to_booth uuid, p_reason text, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
  v_from tickets;
  v_to uuid;
  b record;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  v_from := floor_active_ticket(p_counter, false);
  SELECT bo.id INTO v_to FROM service_booths sb
  JOIN booths bo ON bo.id = sb.booth_id JOIN services s ON s.id = sb.service_id
  WHERE sb.service_id = p_service AND bo.site_id = c.o_site AND bo.active AND s.active
    AND (p_to_booth IS NULL OR bo.id = p_to_booth)
  ORDER BY bo.id = p_booth DESC LIMIT 1;
  IF v_to IS NULL THEN PERFORM floor_raise('floor.transfer_target_invalid'); END IF;
  UPDATE tickets SET status = 'waiting', booth_id = v_to, service_id = p_service, counter_id = NULL,
    queued_at = p_now, call_count = 0, transfer_count = transfer_count + 1
  WHERE id = v_from.id RETURNING * INTO t;
  SELECT name, zone INTO b FROM booths WHERE id = v_to;
  PERFORM floor_emit(c.o_site, 'ticket.transferred', t.booth_id,
                     floor_ticket_payload(t, b.name, b.zone, NULL)
                       || jsonb_build_object('fromBoothId', v_from.booth_id, 'fromServiceId', v_from.service_id,
                                             'fromCounterId', p_counter));
  PERFORM floor_audit(p_ctx, 'ticket.transfer', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number,
                        'from', jsonb_build_object('boothId', v_from.booth_id, 'serviceId', v_from.service_id),
                        'to', jsonb_build_object('boothId', v_to), 'reason', p_reason));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number, 'boothId', v_to);
END $$;
