import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { BookingQr } from './booking-qr.tsx';
import { filterServices, indexServices } from './service-filter.ts';
import { availabilityQuery, SlotPicker } from './slot-picker.tsx';
import type { BookableService, Booked, BookingRequest, BookingView, LookupRequest } from './types.ts';

/**
 * /pesan/:site — book a slot on a phone: service → day → time → NIK, name, phone → code, QR and checklist.
 * Each step is in the address (?layanan=…&tanggal=…&jam=…), so the phone's Back button goes to the previous
 * step instead of off the site, and a reload keeps the choices made.
 */
export function BookingFlow() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const format = useDateFormat();
  const errors = useFormErrors(['nik', 'name', 'phone', 'email']);
  const [sending, setSending] = useState(false);
  const [query, setQuery] = useState('');
  // One key per filled-in form: a double tap, or a retry after a dropped connection, books once.
  const idempotencyKey = useRef(crypto.randomUUID());
  const services = useQuery({
    queryKey: ['bookable', site],
    queryFn: () => api<BookableService[]>(`/api/booking/sites/${encodeURIComponent(site)}/services`),
  });
  const index = useMemo(() => indexServices(services.data ?? []), [services.data]);
  const shown = useMemo(() => filterServices(index, query), [index, query]);
  const serviceId = params.get('layanan');
  const service = services.data?.find((s) => s.id === serviceId) ?? null;
  const date = params.get('tanggal');
  const starts = params.get('jam');
  const slot = date && starts ? { date, starts } : null;
  const availability = useQuery({ ...availabilityQuery(site, serviceId ?? ''), enabled: slot !== null });
  const timezone = availability.data?.site.timezone;
  const done = (location.state as { booking?: BookingView } | null)?.booking ?? null;

  const step = (next: Record<string, string>) => setParams(next);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!service || !slot || sending) return;
    const f = new FormData(event.currentTarget);
    errors.clear();
    setSending(true);
    try {
      const nik = String(f.get('nik'));
      const booked = await api<Booked>(`/api/booking/sites/${encodeURIComponent(site)}/bookings`, {
        method: 'POST',
        headers: { 'idempotency-key': idempotencyKey.current },
        body: {
          serviceId: service.id,
          ...slot,
          nik,
          name: String(f.get('name')),
          phone: String(f.get('phone')),
          email: String(f.get('email') ?? ''),
          language: i18n.language === 'en' ? 'en' : 'id',
        } satisfies BookingRequest,
      });
      const booking = await api<BookingView>('/api/booking/lookup', {
        method: 'POST',
        body: { code: booked.code, nik } satisfies LookupRequest,
      });
      // The filled-in form is replaced by the result: Back from here goes to the time, not to a second booking.
      navigate({ search: `?kode=${booking.code}` }, { replace: true, state: { booking } });
    } catch (e) {
      errors.setError(e);
    } finally {
      setSending(false);
    }
  };

  if (done) return <BookingConfirmation booking={done} />;
  const code = params.get('kode');
  if (code)
    return (
      <section className="phone-page">
        <h1>{t('booking.heading')}</h1>
        <p className="booking-code">{code}</p>
        <p>
          <Link to="/pesan/cek">{t('booking.checkLink')}</Link>
        </p>
      </section>
    );
  if (services.isError && !services.data) return <QueryState query={services} />;
  return (
    <section className="phone-page">
      <h1>{t('booking.heading')}</h1>
      <p>
        <Link to="/pesan/cek">{t('booking.checkLink')}</Link>
      </p>
      {!service ? (
        <>
          <h2>{t('booking.chooseService')}</h2>
          {services.isPending && <p>{t('booking.loading')}</p>}
          {services.data?.length === 0 && <p>{t('booking.noServices')}</p>}
          {!!services.data?.length && (
            <label className="phone-search">
              {t('citizen.search.label')}
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t('citizen.search.hint')}
                autoComplete="off"
                enterKeyHint="search"
              />
            </label>
          )}
          {query.trim() !== '' && (
            <p role="status">
              {shown.length === 0
                ? t('citizen.search.none', { q: query.trim() })
                : t('citizen.search.count', { count: shown.length, total: services.data?.length ?? 0 })}
            </p>
          )}
          <ul className="phone-list">
            {shown.map((s) => (
              <li key={s.id}>
                <button type="button" className="phone-choice" onClick={() => step({ layanan: s.id })}>
                  <strong>{s.name}</strong>
                  <small>{s.agencyName}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : !slot ? (
        <>
          <p>
            <strong>{service.name}</strong>{' '}
            <button type="button" onClick={() => step({})}>
              {t('booking.change')}
            </button>
          </p>
          <SlotPicker
            site={site}
            serviceId={service.id}
            onPick={(s) => step({ layanan: service.id, tanggal: s.date, jam: s.starts })}
          />
        </>
      ) : (
        <form className="editor" onSubmit={(e) => void submit(e)}>
          <p>
            <strong>{service.name}</strong>
            <br />
            <span data-testid="booking-when">
              {timezone ? format.slot(slot.date, slot.starts, timezone) : format.day(slot.date)}
            </span>{' '}
            <button type="button" onClick={() => step({ layanan: service.id })}>
              {t('booking.change')}
            </button>
          </p>
          <label>
            {t('booking.nik')}
            <input name="nik" inputMode="numeric" autoComplete="off" required maxLength={20} />
            <FieldError text={errors.field('nik')} />
          </label>
          <label>
            {t('booking.name')}
            <input name="name" autoComplete="name" required />
            <FieldError text={errors.field('name')} />
          </label>
          <label>
            {t('booking.phone')}
            <input name="phone" type="tel" inputMode="tel" autoComplete="tel" required />
            <FieldError text={errors.field('phone')} />
          </label>
          <label>
            {t('booking.email')}
            <input name="email" type="email" autoComplete="email" />
            <FieldError text={errors.field('email')} />
          </label>
          <p className="console-help">{t('booking.privacy')}</p>
          {errors.summary && <p role="alert">{errors.summary}</p>}
          <button type="submit" className="big-button" disabled={sending}>
            {t('booking.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/**
 * A booking as its owner sees it. Only a live booking shows the QR and "what to bring": a cancelled one says
 * so plainly, so nobody travels to the MPP with a code the kiosk will refuse.
 */
export function BookingConfirmation({
  booking,
  nested = false,
}: {
  booking: BookingView;
  /** Inside another page with its own h1 (the booking check): the heading is an h2. */
  nested?: boolean;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const live = booking.status === 'booked';
  const heading =
    booking.status === 'booked'
      ? t('booking.confirmed')
      : booking.status === 'cancelled'
        ? t('citizen.cancelled.heading')
        : t(`citizen.status.${booking.status}`);
  return (
    <section className="phone-page">
      {nested ? <h2>{heading}</h2> : <h1>{heading}</h1>}
      <p className={`booking-code${live ? '' : ' booking-code-void'}`} data-testid="booking-code">
        {booking.code}
      </p>
      {live && <BookingQr code={booking.code} />}
      {booking.status === 'cancelled' && (
        <p>
          {t('citizen.cancelled.body')}{' '}
          {booking.site && <Link to={`/pesan/${booking.site.code}`}>{t('citizen.bookAgain')}</Link>}
        </p>
      )}
      <dl className="booking-facts">
        <dt>{t('booking.service')}</dt>
        <dd>{booking.service.name}</dd>
        <dt>{t('booking.where')}</dt>
        <dd>
          {booking.site?.name}
          <br />
          {booking.site?.address}
        </dd>
        <dt>{t('booking.when')}</dt>
        <dd data-testid="booking-when">
          {booking.site
            ? format.slot(booking.date, booking.starts, booking.site.timezone)
            : format.day(booking.date)}
        </dd>
        <dt>{t('booking.who')}</dt>
        <dd>
          {booking.name} · {booking.nik} · {booking.phone}
        </dd>
      </dl>
      {live && (
        <>
          <p>{t('booking.arrive')}</p>
          <h2>{t('booking.bring')}</h2>
          <ul>
            {booking.requirements.map((r) => (
              <li key={r.name}>
                {r.name}
                {r.condition ? ` (${r.condition})` : r.mandatory ? '' : ` (${t('booking.optional')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
