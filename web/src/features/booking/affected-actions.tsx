import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { SiteSummary } from '../../lib/types.ts';
import type { Availability } from './types.ts';

type Mode = 'idle' | 'move' | 'cancel';

/**
 * What staff do for a citizen whose booked time is gone, once they have reached them: move the booking to a time
 * still on offer, or cancel it. Both ask why (the server keeps it in the audit log) and tell the citizen.
 */
export function AffectedActions({
  site,
  booking,
  onDone,
}: {
  site: SiteSummary;
  booking: { id: string; code: string; serviceId: string };
  /** What was done, in words, for the list to say once the row is gone. */
  onDone(said: string): void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [mode, setMode] = useState<Mode>('idle');
  const [reason, setReason] = useState('');
  const [slot, setSlot] = useState('');
  const times = useQuery({
    queryKey: ['booking-availability', site.code, booking.serviceId],
    queryFn: () =>
      api<Availability>(`/api/booking/sites/${site.code}/services/${booking.serviceId}/availability`),
    enabled: mode === 'move',
  });
  const open = (times.data?.days ?? []).flatMap((d) =>
    d.slots
      .filter((s) => s.remaining > 0)
      .map((s) => ({ value: `${d.date} ${s.starts}`, ...s, date: d.date })),
  );

  const submit = async () => {
    errors.clear();
    try {
      if (mode === 'move') {
        const [date, starts] = slot.split(' ');
        await api(`/api/booking/bookings/${booking.id}/move`, {
          method: 'POST',
          body: { date, starts, reason },
        });
        onDone(t('booking.affected.moved', { code: booking.code, date, starts }));
      } else {
        await api(`/api/booking/bookings/${booking.id}/cancel`, { method: 'POST', body: { reason } });
        onDone(t('booking.affected.cancelled', { code: booking.code }));
      }
      await queryClient.invalidateQueries({ queryKey: ['booking-affected', site.id] });
      await queryClient.invalidateQueries({ queryKey: ['booking-stats'] });
    } catch (e) {
      errors.setError(e);
    }
  };

  if (mode === 'idle')
    return (
      <span className="actions">
        <button
          type="button"
          onClick={() => setMode('move')}
          aria-label={t('booking.affected.moveOf', booking)}
        >
          {t('booking.affected.move')}
        </button>{' '}
        <button
          type="button"
          onClick={() => setMode('cancel')}
          aria-label={t('booking.affected.cancelOf', booking)}
        >
          {t('booking.affected.cancel')}
        </button>
      </span>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {mode === 'move' && (
        <label>
          {t('booking.affected.newTime')}
          <select value={slot} onChange={(e) => setSlot(e.target.value)} required>
            <option value="">{times.isLoading ? t('booking.affected.loadingTimes') : '—'}</option>
            {open.map((o) => (
              <option key={o.value} value={o.value}>
                {t('booking.affected.timeOption', { date: o.date, starts: o.starts, remaining: o.remaining })}
              </option>
            ))}
          </select>
        </label>
      )}
      {mode === 'move' && times.data && open.length === 0 && <p>{t('booking.affected.noTimes')}</p>}
      <label>
        {t('booking.affected.reason')}
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          minLength={5}
          maxLength={200}
          required
        />
      </label>
      <button type="submit">
        {mode === 'move' ? t('booking.affected.confirmMove') : t('booking.affected.confirmCancel')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          errors.clear();
          setMode('idle');
        }}
      >
        {t('booking.affected.back')}
      </button>
      {errors.summary && <p role="alert">{errors.summary}</p>}
    </form>
  );
}
