import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import { usePublicLink } from '../../lib/public-url.ts';
import type { ServiceDetail } from '../../lib/types.ts';
import type { OpenedFile, SubmitRequest, Submitted } from './types.ts';

/**
 * At the counter: the file is taken in for processing. One submit finishes the ticket and opens the request
 * (the server does both in one transaction), then the receipt with the tracking code is shown for printing.
 */
export function IntakeForm({
  counterId,
  serviceId,
  onCancel,
  onDone,
}: {
  counterId: string;
  serviceId: string;
  onCancel: () => void;
  onDone: (opened: OpenedFile) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const service = useQuery({
    queryKey: ['service', serviceId],
    queryFn: () => api<ServiceDetail>(`/api/services/${serviceId}`),
  });
  const documents = (service.data?.standard.standard.requirements ?? []).filter((r) => r.isDocument);
  const [received, setReceived] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The officer pressed 4 on the keyboard: let them type the name straight away.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const submitted = await api<Submitted>(`/api/requests/from-counter/${counterId}`, {
        method: 'POST',
        body: {
          citizen: {
            name: String(form.get('name') ?? ''),
            nik: String(form.get('nik') ?? ''),
            phone: String(form.get('phone') ?? ''),
            email: String(form.get('email') ?? ''),
          },
          documents: [...received].map((index) => ({ index, state: 'received' as const })),
        } satisfies SubmitRequest,
      });
      const { request } = submitted;
      if (!request) throw new Error('the server finished the ticket without opening the file');
      onDone({ ...submitted, request });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="intake-form" onSubmit={(e) => void submit(e)} aria-labelledby="intake-heading">
      <h2 id="intake-heading">{t('application.intake.heading')}</h2>
      <p>{t('application.intake.help')}</p>
      <label>
        {t('application.intake.name')}
        <input ref={first} name="name" required minLength={2} maxLength={120} autoComplete="off" />
      </label>
      <label>
        {t('application.intake.nik')}
        <input name="nik" required inputMode="numeric" pattern="[0-9 .\-]{16,22}" autoComplete="off" />
      </label>
      <label>
        {t('application.intake.phone')}
        <input name="phone" inputMode="tel" autoComplete="off" />
      </label>
      <label>
        {t('application.intake.email')}
        <input name="email" type="email" autoComplete="off" />
      </label>
      {documents.length > 0 && (
        <fieldset>
          <legend>{t('application.intake.documents')}</legend>
          {documents.map((d, index) => (
            <label key={d.name} className="check">
              <input
                type="checkbox"
                checked={received.has(index)}
                onChange={(e) => {
                  const next = new Set(received);
                  if (e.target.checked) next.add(index);
                  else next.delete(index);
                  setReceived(next);
                }}
              />
              {d.name}
              {d.mandatory ? ` (${t('application.intake.mandatory')})` : ''}
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint">{t('application.intake.privacy')}</p>
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('application.intake.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('application.intake.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The receipt: the code in groups (easy to read aloud), the expected date, and a QR code to the tracking page. */
export function FileReceipt({
  opened,
  serviceName,
  timezone,
  onClose,
}: {
  opened: OpenedFile;
  serviceName: string;
  timezone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFileFormat();
  const { url } = usePublicLink(`/lacak-berkas?kode=${opened.request.trackingCode}`);
  const trackingPage = usePublicLink('/lacak-berkas').display;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toDataURL(url, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then(setQr);
  }, [url]);
  return (
    <section className="file-receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">{t('application.intake.receiptHeading')}</h2>
      <p>{serviceName}</p>
      <p>
        {t('application.intake.code')}:{' '}
        <strong className="file-code" data-testid="file-code">
          {opened.request.trackingCode}
        </strong>
      </p>
      <p>
        {t('application.intake.due')}: <strong>{f.date(opened.request.dueAt, timezone)}</strong>
      </p>
      {qr && <img src={qr} alt="" width={160} height={160} />}
      <p>{t('application.intake.receiptHelp', { url: trackingPage })}</p>
      <div className="form-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('application.intake.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('application.intake.close')}
        </button>
      </div>
    </section>
  );
}
