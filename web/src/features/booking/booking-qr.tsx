import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The booking code as a QR for the kiosk's scanner, with a download so it survives a dead battery screenshot. */
export function BookingQr({ code }: { code: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    // Loaded when a booking is shown, not with the page the citizen starts on.
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(code, { margin: 2, width: 280, errorCorrectionLevel: 'M' }).then(setQr),
    );
  }, [code]);
  if (!qr) return null;
  return (
    <figure className="booking-qr">
      <img src={qr} alt={t('booking.qrAlt', { code })} width={220} height={220} />
      <figcaption>
        <a href={qr} download={`booking-${code}.png`}>
          {t('booking.downloadQr')}
        </a>
      </figcaption>
    </figure>
  );
}
