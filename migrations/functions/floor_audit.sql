-- floor_audit: the audit entry of a floor action, written in the action's own statement. p_ctx is the request's
-- context as shared/write/floor-call.ts sends it: userId, username, role, clientIp, requestId (a change without an
-- actor is the system's). The same columns as shared/audit/audit.ts writes. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_audit(p_ctx jsonb, p_action text, p_entity_type text, p_entity_id uuid,
                                       p_site uuid, p_after jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO audit_log (actor_user_id, actor_username, actor_role, action, entity_type, entity_id, site_id,
                         agency_id, before, after, client_ip, request_id)
  VALUES ((p_ctx->>'userId')::uuid, coalesce(p_ctx->>'username', 'system'), coalesce(p_ctx->>'role', 'system'),
          p_action, p_entity_type, p_entity_id::text, p_site, NULL, NULL, p_after, p_ctx->>'clientIp',
          p_ctx->>'requestId');
$$;
