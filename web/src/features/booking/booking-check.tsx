import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { BookingConfirmation } from './booking-flow.tsx';
import { SlotPicker } from './slot-picker.tsx';
import type { BookingView, LookupRequest } from './types.ts';

/** /pesan/cek — find a booking by its code and NIK; cancel it (asked first: the place goes back at once) or move it. */
export function BookingCheck() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const errors = useFormErrors(['code', 'nik']);
  // Notifications link here with the code filled in (?kode=…): the citizen types only their NIK.
  const [params] = useSearchParams();
  const [found, setFound] = useState<{ booking: BookingView; nik: string } | null>(null);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const lookup = async (code: string, nik: string) => {
    const booking = await api<BookingView>('/api/booking/lookup', {
      method: 'POST',
      body: { code, nik } satisfies LookupRequest,
    });
    setFound({ booking, nik });
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    errors.clear();
    try {
      await lookup(String(f.get('code')), String(f.get('nik')));
    } catch (e) {
      errors.setError(e);
    }
  };
  const act = async (path: 'cancel' | 'reschedule', extra: object = {}) => {
    if (!found) return;
    errors.clear();
    setBusy(true);
    try {
      await api(`/api/booking/${path}`, {
        method: 'POST',
        body: { code: found.booking.code, nik: found.nik, ...extra },
      });
      setMessage(path === 'cancel' ? t('booking.cancelled') : t('booking.moved'));
      setMoving(false);
      await lookup(found.booking.code, found.nik);
    } catch (e) {
      errors.setError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const booking = found?.booking;
  return (
    <section className="phone-page">
      <h1>{t('booking.checkHeading')}</h1>
      {!found && (
        <form className="editor" onSubmit={(e) => void submit(e)}>
          <label>
            {t('booking.code')}
            <input
              name="code"
              required
              autoCapitalize="characters"
              maxLength={10}
              defaultValue={params.get('kode') ?? ''}
            />
            <FieldError text={errors.field('code')} />
          </label>
          <label>
            {t('booking.nik')}
            <input name="nik" inputMode="numeric" required />
            <FieldError text={errors.field('nik')} />
          </label>
          <button type="submit" className="big-button">
            {t('booking.find')}
          </button>
        </form>
      )}
      {errors.summary && <p role="alert">{errors.summary}</p>}
      {message && <p role="status">{message}</p>}
      {booking && (
        <>
          <p>{t(`booking.status.${booking.status}`)}</p>
          {booking.outsideHours && <p role="alert">{t('booking.outsideHours')}</p>}
          <BookingConfirmation booking={booking} nested />
          {booking.status === 'booked' && (
            <div className="kiosk-row">
              <button type="button" onClick={() => setMoving(!moving)}>
                {t('booking.move')}
              </button>
              <button type="button" onClick={() => setConfirming(true)}>
                {t('booking.cancel')}
              </button>
            </div>
          )}
          {moving && booking.site && (
            <SlotPicker
              site={booking.site.code}
              serviceId={booking.service.id}
              onPick={(slot) => void act('reschedule', slot)}
            />
          )}
          <ConfirmDialog
            open={confirming}
            title={t('citizen.cancel.title')}
            confirmLabel={t('citizen.cancel.confirm')}
            cancelLabel={t('citizen.cancel.keep')}
            busy={busy}
            onConfirm={() => void act('cancel')}
            onCancel={() => setConfirming(false)}
          >
            <p>
              {t('citizen.cancel.body', {
                code: booking.code,
                service: booking.service.name,
                when: booking.site
                  ? format.slot(booking.date, booking.starts, booking.site.timezone)
                  : format.day(booking.date),
              })}
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
