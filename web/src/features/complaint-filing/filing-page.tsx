import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ComplaintForm } from './complaint-form.tsx';
import type { Filed } from './types.ts';

/** The code and PIN, shown once, big enough to read aloud or photograph; the way to follow the complaint. */
export function FiledReceipt({
  filed,
  heading,
  children,
}: {
  filed: Filed;
  heading?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="complaint-receipt" aria-live="polite" data-testid="complaint-receipt">
      <h2>{heading ?? t('complaintFiling.receipt.heading')}</h2>
      <p>{t('complaintFiling.receipt.code')}</p>
      <strong className="complaint-secret" data-testid="complaint-code">
        {filed.code}
      </strong>
      <p>{t('complaintFiling.receipt.pin')}</p>
      <strong className="complaint-secret" data-testid="complaint-pin">
        {filed.pin}
      </strong>
      <p className="complaint-save">{t('complaintFiling.receipt.save')}</p>
      <p className="complaint-help">{t('complaintFiling.receipt.next')}</p>
      {children}
    </section>
  );
}

/**
 * /pengaduan — a citizen's complaint, phone first. From a ticket's tracking page (?tiket=) or a file's (?berkas=,
 * the last 4 digits carried in the page's state, never in the address) the complaint is linked and the citizen
 * chooses nothing; otherwise they choose the MPP and, if they know it, the service.
 */
export function ComplaintFilingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const [filed, setFiled] = useState<Filed | null>(null);
  const ticket = params.get('tiket');
  const file = params.get('berkas');
  const last4 = (location.state as { last4?: string } | null)?.last4;
  const link = ticket
    ? ({ kind: 'ticket', code: ticket } as const)
    : file
      ? ({ kind: 'request', code: file, last4 } as const)
      : null;
  return (
    <section className="complaint">
      <h1>{t('complaintFiling.heading')}</h1>
      {filed ? (
        <FiledReceipt filed={filed}>
          <Link className="complaint-entry" to={`/pengaduan/lacak?kode=${encodeURIComponent(filed.code)}`}>
            {t('complaintFiling.receipt.follow')}
          </Link>
        </FiledReceipt>
      ) : (
        <>
          <p>{t('complaintFiling.intro')}</p>
          <p className="complaint-help">
            <Link to="/pengaduan/lacak">{t('complaintFiling.haveCode')}</Link>
          </p>
          <ComplaintForm mode="web" link={link} onFiled={setFiled} />
        </>
      )}
    </section>
  );
}
