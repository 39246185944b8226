import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { ComplaintForm } from './complaint-form.tsx';
import { FiledReceipt } from './filing-page.tsx';
import type { Filed } from './types.ts';

/**
 * /kelola/pengaduan/catat — the complaint handler records a complaint that came by phone, WhatsApp, letter, the
 * suggestion box, LAPOR! or in person, naming the channel; a ticket or file it is about may be linked by its code.
 * The code and PIN are then passed on to the citizen (by phone, a letter's reply).
 */
export function RecordComplaintPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const [filed, setFiled] = useState<Filed | null>(null);
  const [round, setRound] = useState(0);
  if (!choice.session.data) return <p>{t('floor.loading')}</p>;
  return (
    <section className="complaint">
      <h1>{t('complaintFiling.record.heading')}</h1>
      <p>{t('complaintFiling.record.intro')}</p>
      <SiteSelect choice={choice} />
      {filed ? (
        <FiledReceipt filed={filed} heading={t('complaintFiling.record.recorded')}>
          <p className="complaint-help">{t('complaintFiling.record.passOn')}</p>
          <button
            type="button"
            className="complaint-submit"
            onClick={() => {
              setFiled(null);
              setRound(round + 1);
            }}
          >
            {t('complaintFiling.record.another')}
          </button>
        </FiledReceipt>
      ) : (
        choice.site && (
          <ComplaintForm
            key={`${choice.site.id}-${round}`}
            mode="staff"
            site={choice.site.id}
            onFiled={setFiled}
          />
        )
      )}
    </section>
  );
}
