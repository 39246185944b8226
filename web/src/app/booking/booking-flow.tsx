import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.ts';
import { QueryState } from '../page-state.tsx';
import { FieldError, useFormErrors } from '../site-admin/use-form-errors.tsx';
import { BookingQr } from './booking-qr.tsx';
import { SlotPicker } from './slot-picker.tsx';
import type { BookableService, BookingView } from './types.ts';

/** /pesan/:site — book a slot on a phone: service → day → time → NIK, name, phone → code, QR and checklist. */
export function BookingFlow() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const errors = useFormErrors(['nik', 'name', 'phone', 'email']);
  const [service, setService] = useState<BookableService | null>(null);
  const [slot, setSlot] = useState<{ date: string; starts: string } | null>(null);
  const [done, setDone] = useState<BookingView | null>(null);
  const [sending, setSending] = useState(false);
  // One key per filled-in form: a double tap, or a retry after a dropped connection, books once.
  const idempotencyKey = useRef(crypto.randomUUID());
  const services = useQuery({
    queryKey: ['bookable', site],
    queryFn: () => api<BookableService[]>(`/api/booking/sites/${encodeURIComponent(site)}/services`),
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!service || !slot || sending) return;
    const f = new FormData(event.currentTarget);
    errors.clear();
    setSending(true);
    try {
      const nik = String(f.get('nik'));
      const booked = await api<{ code: string }>(`/api/booking/sites/${encodeURIComponent(site)}/bookings`, {
        method: 'POST',
        headers: { 'idempotency-key': idempotencyKey.current },
        body: {
          serviceId: service.id,
          ...slot,
          nik,
          name: f.get('name'),
          phone: f.get('phone'),
          email: f.get('email') ?? '',
          language: i18n.language === 'en' ? 'en' : 'id',
        },
      });
      setDone(
        await api<BookingView>('/api/booking/lookup', { method: 'POST', body: { code: booked.code, nik } }),
      );
    } catch (e) {
      errors.setError(e);
    } finally {
      setSending(false);
    }
  };

  if (done) return <BookingConfirmation booking={done} />;
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
          {services.data?.length === 0 && <p>{t('booking.noServices')}</p>}
          <ul className="phone-list">
            {services.data?.map((s) => (
              <li key={s.id}>
                <button type="button" className="phone-choice" onClick={() => setService(s)}>
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
            <button type="button" onClick={() => setService(null)}>
              {t('booking.change')}
            </button>
          </p>
          <SlotPicker site={site} serviceId={service.id} onPick={setSlot} />
        </>
      ) : (
        <form className="editor" onSubmit={(e) => void submit(e)}>
          <p>
            <strong>{service.name}</strong> · {slot.date} {slot.starts}{' '}
            <button type="button" onClick={() => setSlot(null)}>
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

export function BookingConfirmation({ booking }: { booking: BookingView }) {
  const { t } = useTranslation();
  return (
    <section className="phone-page">
      <h1>{t('booking.confirmed')}</h1>
      <p className="booking-code" data-testid="booking-code">
        {booking.code}
      </p>
      <BookingQr code={booking.code} />
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
        <dd>
          {booking.date} {booking.starts}
        </dd>
        <dt>{t('booking.who')}</dt>
        <dd>
          {booking.name} · {booking.nik} · {booking.phone}
        </dd>
      </dl>
      <p>{t('booking.arrive')}</p>
      <h2>{t('booking.bring')}</h2>
      <ul>
        {booking.requirements.map((r) => (
          <li key={r.name}>
            {r.name}
            {r.mandatory ? '' : ` (${t('booking.optional')})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
