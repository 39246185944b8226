-- floor_issue: issues one visit, a ticket per service of p_services (the itinerary, in order), in one statement (issue
-- 25: one round trip from the kiosk's request to its slip). It first resolves each step here:
-- * the booth of this site that offers the service and has an active counter serving it (else
--   floor.service_not_offered, naming each step that is not);
-- * for the cut-off before closing (p_cutoff: {start, closes, breakLeft} in minutes of the site's day; null when it
--   does not apply: a booked visit, or the site turned it off), the booths' loads now (floor_booth_load) and
--   floor_cutoff_late over them; refused with floor.cutoff_passed naming every step that would end after closing;
-- * each service's typical minutes: p_minutes[i] when the process holds them, else floor_typical_minutes over
--   floor_recent_minutes, returned in `minutes` for the process to keep (floor.stats.ts).
-- The first step joins its booth's queue now; the others wait ('pending') and join when the previous step ends
-- (floor_advance_itinerary).
--
-- What must hold: the walk-in quota of each service per day (a booked visit's place was reserved, so it is not
-- held to it), and numbers per booth per day without gaps. The quota and number rows are shared by every kiosk of
-- the service and booth, so they are taken after the visit row, in a fixed order (services by id, then booths by
-- id), and held only to the end of this one statement's transaction; a refusal rolls everything back, numbers
-- included, so no gap is left. A paired kiosk (p_kiosk) is checked still paired to this site: the process may
-- have it from its cache. Returns {visitId, trackingCode, tickets: [{ticketId, number, serviceId, boothId, step}],
-- minutes: {serviceId: typical minutes computed here}}. Current state; history: git log.
DROP FUNCTION IF EXISTS floor_issue(jsonb, uuid, date, timestamptz, text, uuid, timestamptz, uuid, text, jsonb);
CREATE OR REPLACE FUNCTION floor_issue(p_ctx jsonb, p_site uuid, p_date date, p_now timestamptz, p_priority text,
                                       p_kiosk uuid, p_seen_before timestamptz, p_booking uuid, p_tracking text,
                                       p_services uuid[], p_minutes float8[], p_cutoff jsonb) RETURNS jsonb
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
  v_steps jsonb := '[]';
  v_missing jsonb := '[]';
  v_late jsonb := '[]';
  v_minutes jsonb := '{}';
  v_loads jsonb := '[]';
  v_m float8;
  v_offer record;
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

  FOR i IN 1..coalesce(cardinality(p_services), 0) LOOP
    SELECT svc.id, svc.name, svc.daily_quota, svc.average_service_minutes, b.id AS booth_id, b.name AS booth_name,
      b.queue_prefix, b.zone INTO v_offer
    FROM services svc
    JOIN service_booths sb ON sb.service_id = svc.id
    JOIN booths b ON b.id = sb.booth_id AND b.site_id = p_site AND b.active
    WHERE svc.id = p_services[i] AND svc.active
      AND EXISTS (SELECT 1 FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                  WHERE cs.service_id = svc.id AND c.booth_id = b.id AND c.active)
    ORDER BY b.name LIMIT 1;
    IF NOT FOUND THEN
      v_missing := v_missing || jsonb_build_object('field', 'serviceIds.' || (i - 1), 'message',
        jsonb_build_object('id', 'Layanan ini tidak tersedia di MPP ini.', 'en', 'This service is not offered at this site.'));
      CONTINUE;
    END IF;
    v_m := coalesce(p_minutes[i],
                    floor_typical_minutes(floor_recent_minutes(v_offer.id), v_offer.average_service_minutes));
    IF p_minutes[i] IS NULL THEN v_minutes := v_minutes || jsonb_build_object(v_offer.id::text, v_m); END IF;
    IF p_cutoff IS NOT NULL THEN
      v_loads := v_loads || (floor_booth_load(v_offer.booth_id, p_date) || jsonb_build_object('minutes', v_m));
    END IF;
    v_steps := v_steps || jsonb_build_object('serviceId', v_offer.id, 'serviceName', v_offer.name, 'quota', v_offer.daily_quota,
      'boothId', v_offer.booth_id, 'boothName', v_offer.booth_name, 'zone', v_offer.zone, 'prefix', v_offer.queue_prefix);
  END LOOP;
  IF jsonb_array_length(v_missing) > 0 THEN PERFORM floor_raise('floor.service_not_offered', v_missing::text); END IF;
  IF p_cutoff IS NOT NULL THEN
    SELECT coalesce(jsonb_agg(jsonb_build_object('field', 'serviceIds', 'message',
             jsonb_build_object('id', v_steps->(late - 1)->>'serviceName', 'en', v_steps->(late - 1)->>'serviceName'))
             ORDER BY late), '[]')
    INTO v_late FROM unnest(floor_cutoff_late(v_loads, p_cutoff)) AS late;
    IF jsonb_array_length(v_late) > 0 THEN PERFORM floor_raise('floor.cutoff_passed', v_late::text); END IF;
  END IF;

  INSERT INTO visits (site_id, service_date, tracking_code, priority, arrived_at, kiosk_id, booking_id)
  VALUES (p_site, p_date, p_tracking, p_priority, p_now, p_kiosk, p_booking) RETURNING id INTO v_visit;

  FOR s IN SELECT * FROM jsonb_to_recordset(v_steps) AS x("serviceId" uuid, "serviceName" text, quota int)
           ORDER BY "serviceId" LOOP
    INSERT INTO service_day_usage AS u (site_id, service_id, service_date, issued)
    VALUES (p_site, s."serviceId", p_date, 1)
    ON CONFLICT (site_id, service_id, service_date) DO UPDATE SET issued = u.issued + 1
    WHERE v_booked OR s.quota IS NULL OR u.issued < s.quota
    RETURNING issued INTO v_issued;
    IF NOT v_booked AND (v_issued IS NULL OR (s.quota IS NOT NULL AND v_issued > s.quota)) THEN
      PERFORM floor_raise('floor.quota_exhausted', jsonb_build_array(jsonb_build_object('field', 'serviceIds',
        'message', jsonb_build_object('id', s."serviceName", 'en', s."serviceName")))::text);
    END IF;
  END LOOP;

  FOR s IN SELECT o.i, x."boothId" FROM jsonb_array_elements(v_steps) WITH ORDINALITY AS o(e, i),
                  jsonb_to_record(o.e) AS x("boothId" uuid)
           ORDER BY x."boothId", o.i LOOP
    INSERT INTO queue_sequences AS q (booth_id, service_date, last_sequence) VALUES (s."boothId", p_date, 1)
    ON CONFLICT (booth_id, service_date) DO UPDATE SET last_sequence = q.last_sequence + 1
    RETURNING last_sequence INTO v_n;
    v_numbers[s.i] := v_n;
  END LOOP;

  FOR s IN SELECT o.i, x.* FROM jsonb_array_elements(v_steps) WITH ORDINALITY AS o(e, i),
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
  RETURN jsonb_build_object('visitId', v_visit, 'trackingCode', p_tracking, 'tickets', v_tickets,
                            'minutes', v_minutes);
END $$;
