import type { Database } from '../../shared/db/database.ts';
import { maskNik, maskPhone } from '../../shared/personal-data/nik.rules.ts';
import { bookingName } from './booking.names.ts';
import type { BookingDeps } from './booking.service.ts';
import { ownBooking } from './booking.service.ts';

/** What the owner sees of a booking: masked personal data, where and when, and the documents to bring. */
export async function bookingView(deps: BookingDeps, code: string, nik: string) {
  const b = await ownBooking(deps, deps.db, code, nik);
  return present(deps.db, deps, b);
}

async function present(db: Database, deps: BookingDeps, b: Awaited<ReturnType<typeof ownBooking>>) {
  const service = await db
    .selectFrom('services as s')
    .innerJoin('serviceStandardVersions as v', (j) =>
      j.onRef('v.serviceId', '=', 's.id').onRef('v.version', '=', 's.currentStandardVersion'),
    )
    .select(['s.name', 'v.requirements'])
    .where('s.id', '=', b.serviceId)
    .executeTakeFirst();
  const site = await db
    .selectFrom('sites')
    .select(['code', 'name', 'address', 'timezone'])
    .where('id', '=', b.siteId)
    .executeTakeFirst();
  const requirements = (service?.requirements ?? []) as {
    name: string;
    mandatory: boolean;
    condition?: string;
  }[];
  return {
    code: b.code,
    status: b.status,
    service: { id: b.serviceId, name: service?.name ?? '' },
    site: site ?? null,
    date: b.serviceDate,
    starts: b.starts,
    name: bookingName(deps.personalData, b),
    nik: maskNik(deps.personalData.decrypt(b.nikEncrypted)),
    phone: maskPhone(deps.personalData.decrypt(b.phoneEncrypted)),
    outsideHours: b.outsideHours,
    requirements: requirements.map((r) => ({
      name: r.name,
      mandatory: r.mandatory,
      ...(r.condition ? { condition: r.condition } : {}),
    })),
  };
}

/** The services a citizen can book online at a site, by agency then name. */
export async function bookableServices(db: Database, siteId: string) {
  return db
    .selectFrom('bookingSettings as bs')
    .innerJoin('services as s', 's.id', 'bs.serviceId')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .select(['s.id', 's.name', 'a.shortName as agencyName', 'bs.daysAhead', 'bs.windowOpensAt'])
    .where('bs.siteId', '=', siteId)
    .where('s.bookable', '=', true)
    .where('s.active', '=', true)
    .orderBy('a.shortName')
    .orderBy('s.name')
    .execute();
}
