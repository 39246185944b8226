import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { SiteSummary } from '../../lib/types.ts';
import { AffectedActions } from './affected-actions.tsx';
import type { Affected, Contact } from './types.ts';

/**
 * Bookings a closure or a schedule change left outside the hours: who must be told, and whether the automatic
 * notice reached them. Staff phone the ones it did not; reading a number asks why, and the server audits it. Once
 * they have spoken, staff move the booking to the time the citizen chose, or cancel it.
 */
export function AffectedBookings({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['booking-affected', site.id],
    queryFn: () => api<Affected>(`/api/booking/sites/${site.code}/affected`),
    refetchInterval: 60_000,
  });
  const [done, setDone] = useState<string | null>(null);
  const data = list.data;
  if (!data) return null;
  return (
    <section aria-labelledby="affected-heading">
      <h2 id="affected-heading">{t('booking.affected.heading')}</h2>
      <p role="status">{done}</p>
      {data.total === 0 ? (
        <p>{t('booking.affected.none')}</p>
      ) : (
        <>
          <p>
            {t('booking.affected.summary', {
              count: data.total,
              unreached: data.items.filter((i) => i.unreached).length,
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('booking.when')}</th>
                <th scope="col">{t('booking.service')}</th>
                <th scope="col">{t('booking.affected.code')}</th>
                <th scope="col">{t('booking.affected.citizen')}</th>
                <th scope="col">{t('booking.affected.notice')}</th>
                <th scope="col">{t('booking.affected.contact')}</th>
                <th scope="col">{t('booking.affected.action')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((b) => (
                <tr key={b.id} className={b.unreached ? 'attention' : undefined}>
                  <td>
                    {b.date} {b.starts}
                  </td>
                  <td>{b.serviceName}</td>
                  <td>
                    <code>{b.code}</code>
                  </td>
                  <td>{b.name}</td>
                  <td>
                    {b.notices.length === 0
                      ? t('booking.affected.noNotice')
                      : b.notices
                          .map(
                            (n) =>
                              `${t(`booking.affected.channel.${n.channel}`)}: ${t(`booking.affected.status.${n.status}`)}`,
                          )
                          .join(' · ')}
                  </td>
                  <td>
                    <ContactReveal bookingId={b.id} masked={b.phone} />
                  </td>
                  <td>
                    <AffectedActions site={site} booking={b} onDone={setDone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ContactReveal({ bookingId, masked }: { bookingId: string; masked: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [contact, setContact] = useState<{ phone: string; email: string | null } | null>(null);
  if (contact)
    return (
      <span>
        <a href={`tel:${contact.phone}`}>{contact.phone}</a>
        {contact.email && (
          <>
            {' · '}
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        )}
      </span>
    );
  if (!asking)
    return (
      <span>
        {masked}{' '}
        <button type="button" onClick={() => setAsking(true)}>
          {t('booking.affected.show')}
        </button>
      </span>
    );
  const submit = async () => {
    errors.clear();
    try {
      setContact(
        await api<Contact>(`/api/booking/bookings/${bookingId}/contact`, {
          method: 'POST',
          body: { reason },
        }),
      );
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('booking.affected.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} required />
      </label>
      <button type="submit">{t('booking.affected.confirm')}</button>
      {errors.summary && <p role="alert">{errors.summary}</p>}
    </form>
  );
}
