import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { serviceTypes } from './service-types.data.ts';

/**
 * The national reference list in the site's database (service_types): what services.service_type_code refers to.
 * Upserted from the shipped data at every start of a site (app.ts, and the demo seed that runs before it): a new
 * release's types appear, renamed or retired ones follow, and nothing is ever deleted (a service keeps its type).
 */
export async function seedServiceTypes(db: Executor): Promise<void> {
  const rows = serviceTypes.map((t) => ({
    code: t.code,
    name_id: t.nameId,
    name_en: t.nameEn,
    group: t.group,
    active: t.active,
  }));
  await sql`
    INSERT INTO service_types (code, name_id, name_en, "group", active)
    SELECT r.code, r.name_id, r.name_en, r."group", r.active
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(code text, name_id text, name_en text, "group" text, active boolean)
    ON CONFLICT (code) DO UPDATE
      SET name_id = excluded.name_id, name_en = excluded.name_en, "group" = excluded."group", active = excluded.active
      WHERE (service_types.name_id, service_types.name_en, service_types."group", service_types.active)
        IS DISTINCT FROM (excluded.name_id, excluded.name_en, excluded."group", excluded.active)`.execute(db);
}
