-- floor_issue: issues one visit, a ticket per step of p_steps (the itinerary, in order), in one statement (issue
-- 25). p_steps holds what the kiosk's request resolved beforehand (tickets.service.ts): per step serviceId,
-- serviceName, quota (null: none), boothId, boothName, zone, prefix. The first step joins its booth's queue now;
-- the others wait ('pending') and join when the previous step ends (floor_advance_itinerary).
--
-- What must hold: the walk-in quota of each service per day (a booked visit's place was reserved, so it is not
-- held to it), and numbers per booth per day without gaps. The quota and number rows are shared by every kiosk of
-- the service and booth, so they are taken after the visit row, in a fixed order (services by id, then booths by
-- id), and held only to the end of this one statement's transaction; a refusal rolls everything back, numbers
-- included, so no gap is left. A paired kiosk (p_kiosk) is checked still paired to this site: the process may
-- have it from its cache. Returns {visitId, trackingCode, tickets: [{ticketId, number, serviceId, boothId,
-- step}]}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_issue(p_ctx jsonb, p_site uuid, p_date date, p_now timestamptz, p_priority text,
                                       p_kiosk uuid, p_seen_before timestamptz, p_booking uuid, p_tracking text,
                                       p_steps jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_booked boolean := p_booking IS NOT NULL;
  v_visit uuid;
  v_device record;
  v_issued int;
  v_numbers int[] := '{}';
  v_n int;
  v_tickets jsonb := '[]';
  v_audit jsonb := '[]';
  s record;
  t tickets;
BEGIN
  -- The process may hold the site from its calendar cache: a site closed down since issues nothing.
  PERFORM 1 FROM sites WHERE id = p_site AND active;
  IF NOT FOUND THEN PERFORM floor_raise('site.not_found'); END IF;
  IF p_kiosk IS NOT NULL THEN
    SELECT site_id, revoked_at, last_seen_at INTO v_device FROM devices WHERE id = p_kiosk AND kind = 'kiosk';
    IF NOT FOUND OR v_device.site_id <> p_site THEN PERFORM floor_raise('floor.kiosk_required'); END IF;
    IF v_device.revoked_at IS NOT NULL THEN PERFORM floor_raise('floor.device_revoked'); END IF;
    IF v_device.last_seen_at IS NULL OR v_device.last_seen_at < p_seen_before THEN
      UPDATE devices SET last_seen_at = p_now WHERE id = p_kiosk;
    END IF;
  END IF;
  INSERT INTO visits (site_id, service_date, tracking_code, priority, arrived_at, kiosk_id, booking_id)
  VALUES (p_site, p_date, p_tracking, p_priority, p_now, p_kiosk, p_booking) RETURNING id INTO v_visit;

  FOR s IN SELECT * FROM jsonb_to_recordset(p_steps) AS x("serviceId" uuid, "serviceName" text, quota int)
           ORDER BY "serviceId" LOOP
    INSERT INTO service_day_usage AS u (site_id, service_id, service_date, issued)
    VALUES (p_site, s."serviceId", p_date, 1)
    ON CONFLICT (site_id, service_id, service_date) DO UPDATE SET issued = u.issued + 1
    WHERE v_booked OR s.quota IS NULL OR u.issued < s.quota
    RETURNING issued INTO v_issued;
    IF NOT v_booked AND (v_issued IS NULL OR (s.quota IS NOT NULL AND v_issued > s.quota)) THEN
      PERFORM floor_raise('floor.quota_exhausted', s."serviceName");
    END IF;
  END LOOP;

  FOR s IN SELECT o.i, x."boothId" FROM jsonb_array_elements(p_steps) WITH ORDINALITY AS o(e, i),
                  jsonb_to_record(o.e) AS x("boothId" uuid)
           ORDER BY x."boothId", o.i LOOP
    INSERT INTO queue_sequences AS q (booth_id, service_date, last_sequence) VALUES (s."boothId", p_date, 1)
    ON CONFLICT (booth_id, service_date) DO UPDATE SET last_sequence = q.last_sequence + 1
    RETURNING last_sequence INTO v_n;
    v_numbers[s.i] := v_n;
  END LOOP;

  FOR s IN SELECT o.i, x.* FROM jsonb_array_elements(p_steps) WITH ORDINALITY AS o(e, i),
                  jsonb_to_record(o.e) AS x("serviceId" uuid, "boothId" uuid, "boothName" text, zone text, prefix text)
           ORDER BY o.i LOOP
    v_n := v_numbers[s.i];
    INSERT INTO tickets (site_id, visit_id, step, issued_booth_id, sequence, number, service_date, booth_id,
                         service_id, priority, booked, arrived_at, issued_at, queued_at, status)
    VALUES (p_site, v_visit, s.i, s."boothId", v_n, s.prefix || '-' || lpad(v_n::text, greatest(3, length(v_n::text)), '0'),
            p_date, s."boothId", s."serviceId", p_priority, v_booked, p_now, p_now,
            CASE WHEN s.i = 1 THEN p_now END, CASE WHEN s.i = 1 THEN 'waiting' ELSE 'pending' END)
    RETURNING * INTO t;
    PERFORM floor_emit(p_site, 'ticket.issued', t.booth_id, floor_ticket_payload(t, s."boothName", s.zone, NULL));
    v_tickets := v_tickets || jsonb_build_object('ticketId', t.id, 'number', t.number, 'serviceId', t.service_id,
                                                 'boothId', t.booth_id, 'step', t.step);
    v_audit := v_audit || jsonb_build_object('number', t.number, 'serviceId', t.service_id);
  END LOOP;

  PERFORM floor_audit(p_ctx, 'ticket.issue', 'visit', v_visit, p_site,
                      jsonb_build_object('priority', p_priority, 'kioskId', p_kiosk, 'tickets', v_audit));
  RETURN jsonb_build_object('visitId', v_visit, 'trackingCode', p_tracking, 'tickets', v_tickets);
END $$;
