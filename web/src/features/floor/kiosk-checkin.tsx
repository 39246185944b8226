import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { CheckInRequest, IssuedVisit } from './types.ts';

/**
 * "I booked online": the code typed on the screen, or read by the kiosk's barcode scanner (which types it and
 * presses Enter into the focused field). Inside the check-in window it becomes a booked ticket.
 */
export function KioskCheckIn({
  site,
  token,
  onIssued,
  onCancel,
}: {
  site: string;
  token: string;
  onIssued: (visit: IssuedVisit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The scanner types into whatever has focus: put it here.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onIssued(
        await api<IssuedVisit>(`/api/booking/sites/${encodeURIComponent(site)}/check-in`, {
          method: 'POST',
          body: { code: code.trim().toUpperCase() } satisfies CheckInRequest,
          headers: { 'x-kiosk-token': token },
        }),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="kiosk-panel">
      <h2>{t('floor.kiosk.checkInHeading')}</h2>
      <p>{t('floor.kiosk.checkInHelp')}</p>
      <form onSubmit={(e) => void submit(e)} className="kiosk-checkin">
        <label>
          {t('floor.kiosk.bookingCode')}
          <input
            ref={field}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            maxLength={10}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="big-button" disabled={busy || code.trim().length < 10}>
          {t('floor.kiosk.checkIn')}
        </button>
      </form>
      {error && (
        <p role="alert" className="kiosk-refusal">
          {error}
        </p>
      )}
      <button type="button" className="big-button" onClick={onCancel}>
        {t('floor.kiosk.back')}
      </button>
    </section>
  );
}
