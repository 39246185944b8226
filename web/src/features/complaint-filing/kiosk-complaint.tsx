import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { setLanguage } from '../../i18n/index.ts';
import { ComplaintForm } from './complaint-form.tsx';
import { FiledReceipt } from './filing-page.tsx';
import type { Filed } from './types.ts';

/** Back to the kiosk's menu when nobody touches the screen: the next person must not see a half-written complaint. */
const IDLE_RESET_MS = 180_000;

/**
 * /kiosk/:site/pengaduan — a complaint at the kiosk, full screen and large: the site is the kiosk's, the rest as on
 * the public page. The code and PIN are shown big to photograph or copy down; then back to the menu.
 */
export function KioskComplaintPage() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const navigate = useNavigate();
  const [filed, setFiled] = useState<Filed | null>(null);
  const [touchedAt, setTouchedAt] = useState(() => Date.now());
  const back = `/kiosk/${encodeURIComponent(site)}`;
  useEffect(() => {
    const timer = setTimeout(() => void navigate(back), IDLE_RESET_MS - (Date.now() - touchedAt));
    return () => clearTimeout(timer);
  }, [touchedAt, navigate, back]);
  return (
    <main
      className="complaint complaint-kiosk"
      onPointerDown={() => setTouchedAt(Date.now())}
      onKeyDown={() => setTouchedAt(Date.now())}
    >
      <div className="complaint-kiosk-bar">
        <Link className="complaint-entry" to={back}>
          {t('complaintFiling.kiosk.back')}
        </Link>
        <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
          {t('nav.language')}
        </button>
      </div>
      <h1>{t('complaintFiling.heading')}</h1>
      {filed ? (
        <FiledReceipt filed={filed}>
          <Link className="complaint-entry" to={back}>
            {t('complaintFiling.kiosk.done')}
          </Link>
        </FiledReceipt>
      ) : (
        <>
          <p>{t('complaintFiling.kiosk.intro')}</p>
          <ComplaintForm mode="kiosk" site={site} onFiled={setFiled} />
        </>
      )}
    </main>
  );
}
