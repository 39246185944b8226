import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api, upload } from '../../lib/api.ts';
import type { Filed, FilingBody, RecordBody, ServiceList, Site } from './types.ts';
import './complaint-filing.css';

const KINDS = ['complaint', 'suggestion', 'information', 'appreciation'] as const;
const IDENTITIES = ['named', 'confidential', 'anonymous'] as const;
export const STAFF_CHANNELS = ['phone', 'whatsapp', 'letter', 'suggestion_box', 'lapor', 'walk_in'] as const;
const FIELDS = [
  'site',
  'serviceId',
  'kind',
  'description',
  'happenedOn',
  'asks',
  'identity',
  'contact',
  'files',
  'ticketCode',
  'fileCode',
  'last4',
  'channel',
  'laporId',
  'acceptLate',
  'note',
] as const;

/**
 * The complaint's form, one for every way in: the public page (the site and service chosen, or a ticket or file
 * linked from its tracking page), the kiosk (its site fixed, larger), and staff recording what came by phone, letter
 * or LAPOR!. What happened, when, what the citizen asks, the kind, who they are (named, confidential, anonymous)
 * and up to three photos or PDFs. Sent as multipart: the complaint's JSON and its files together, so the server
 * files both or neither. Refusals appear next to their fields.
 */
export function ComplaintForm({
  mode,
  site,
  link,
  onFiled,
}: {
  mode: 'web' | 'kiosk' | 'staff';
  /** The site, when already known (kiosk, staff, or chosen); otherwise the citizen chooses it. */
  site?: string;
  link?: { kind: 'ticket'; code: string } | { kind: 'request'; code: string; last4?: string } | null;
  onFiled: (filed: Filed) => void;
}) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(FIELDS);
  const [busy, setBusy] = useState(false);
  const [identity, setIdentity] = useState<(typeof IDENTITIES)[number]>('named');
  const [channel, setChannel] = useState<(typeof STAFF_CHANNELS)[number]>('phone');
  const [chosenSite, setChosenSite] = useState(site ?? '');
  const sites = useQuery({
    queryKey: ['sites'],
    queryFn: () => api<Site[]>('/api/sites'),
    enabled: !link,
  });
  const siteRow = sites.data?.find((s) => s.id === chosenSite || s.code === chosenSite);
  const services = useQuery({
    queryKey: ['complaint-services', siteRow?.id],
    queryFn: () => api<ServiceList>(`/api/services?siteId=${siteRow?.id}&limit=200`),
    enabled: !link && siteRow !== undefined,
  });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || undefined;
    const content = {
      kind: text('kind') as FilingBody['kind'],
      description: text('description'),
      happenedOn: optional('happenedOn'),
      asks: text('asks'),
      identity,
      contact:
        identity === 'anonymous'
          ? undefined
          : { name: optional('name'), phone: optional('phone'), email: optional('email') },
      language: i18n.language === 'en' ? ('en' as const) : ('id' as const),
      serviceId: optional('serviceId'),
    };
    const body: FilingBody | RecordBody =
      mode === 'staff'
        ? {
            ...content,
            channel,
            laporId: optional('laporId'),
            ticketCode: optional('ticketCode'),
            fileCode: optional('fileCode'),
            acceptLate: form.get('acceptLate') === 'on',
            note: text('note'),
          }
        : link?.kind === 'ticket'
          ? { ...content, serviceId: undefined, channel: 'ticket', ticketCode: link.code }
          : link?.kind === 'request'
            ? {
                ...content,
                serviceId: undefined,
                channel: 'request',
                fileCode: link.code,
                last4: link.last4 ?? text('last4'),
              }
            : { ...content, channel: mode === 'kiosk' ? 'kiosk' : 'web', site: chosenSite };
    const sent = new FormData();
    sent.append('complaint', JSON.stringify(body));
    for (const file of form.getAll('files'))
      if (file instanceof File && file.size > 0) sent.append('files', file, file.name);
    errors.clear();
    setBusy(true);
    try {
      const url =
        mode === 'staff'
          ? `/api/complaints/sites/${encodeURIComponent(site ?? '')}/recorded`
          : '/api/complaints';
      onFiled(await upload<Filed>(url, sent));
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  };

  const described = (name: string) => (errors.field(name) ? `${name}-error` : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {link?.kind === 'ticket' && <p className="complaint-linked">{t('complaintFiling.linkedTicket')}</p>}
      {link?.kind === 'request' && (
        <p className="complaint-linked">{t('complaintFiling.linkedFile', { code: link.code })}</p>
      )}
      {link?.kind === 'request' && !link.last4 && (
        <label className="complaint-field">
          {t('complaintFiling.last4')}
          <input
            name="last4"
            required
            inputMode="numeric"
            pattern="[0-9]{4}"
            maxLength={4}
            autoComplete="off"
            aria-describedby={described('last4')}
          />
          <FieldError text={errors.field('last4')} id="last4-error" />
        </label>
      )}

      {mode === 'staff' && (
        <StaffFields channel={channel} setChannel={setChannel} field={errors.field} described={described} />
      )}

      {!link && (
        <>
          {site === undefined && (
            <label className="complaint-field">
              {t('complaintFiling.site')}
              <select
                name="site"
                required
                value={chosenSite}
                onChange={(e) => setChosenSite(e.target.value)}
                aria-describedby={described('site')}
              >
                <option value="">{t('complaintFiling.chooseSite')}</option>
                {(sites.data ?? [])
                  .filter((s) => s.active)
                  .map((s) => (
                    <option key={s.id} value={s.code}>
                      {s.name}
                    </option>
                  ))}
              </select>
              <FieldError text={errors.field('site')} id="site-error" />
            </label>
          )}
          <label className="complaint-field">
            {t('complaintFiling.service')}
            <select name="serviceId" defaultValue="" aria-describedby={described('serviceId')}>
              <option value="">{t('complaintFiling.serviceUnknown')}</option>
              {(services.data?.items ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} — {s.agency.shortName}
                </option>
              ))}
            </select>
            <FieldError text={errors.field('serviceId')} id="serviceId-error" />
          </label>
        </>
      )}

      <fieldset className="complaint-choices">
        <legend>{t('complaintFiling.kind')}</legend>
        {KINDS.map((k) => (
          <div key={k} className="complaint-choice">
            <label>
              <input
                type="radio"
                name="kind"
                value={k}
                defaultChecked={k === 'complaint'}
                aria-describedby={`kind-${k}-help`}
              />
              {t(`complaintFiling.kinds.${k}`)}
            </label>
            <small id={`kind-${k}-help`}>{t(`complaintFiling.kindHelp.${k}`)}</small>
          </div>
        ))}
      </fieldset>

      <label className="complaint-field">
        {t('complaintFiling.description')}
        <textarea
          name="description"
          required
          minLength={10}
          maxLength={4000}
          rows={5}
          aria-describedby={described('description') ?? 'description-help'}
        />
        <span className="complaint-help" id="description-help">
          {t('complaintFiling.descriptionHelp')}
        </span>
        <FieldError text={errors.field('description')} id="description-error" />
      </label>
      <label className="complaint-field">
        {t('complaintFiling.happenedOn')}
        <input
          type="date"
          name="happenedOn"
          max={new Date().toISOString().slice(0, 10)}
          aria-describedby={described('happenedOn')}
        />
        <FieldError text={errors.field('happenedOn')} id="happenedOn-error" />
      </label>
      <label className="complaint-field">
        {t('complaintFiling.asks')}
        <textarea name="asks" maxLength={2000} rows={3} aria-describedby={described('asks')} />
        <FieldError text={errors.field('asks')} id="asks-error" />
      </label>

      <fieldset className="complaint-choices">
        <legend>{t('complaintFiling.identity')}</legend>
        {IDENTITIES.map((k) => (
          <div key={k} className="complaint-choice">
            <label>
              <input
                type="radio"
                name="identity"
                value={k}
                checked={identity === k}
                onChange={() => setIdentity(k)}
                aria-describedby={`identity-${k}-help`}
              />
              {t(`complaintFiling.identities.${k}`)}
            </label>
            <small id={`identity-${k}-help`}>{t(`complaintFiling.identityHelp.${k}`)}</small>
          </div>
        ))}
      </fieldset>
      {identity !== 'anonymous' && (
        <>
          <label className="complaint-field">
            {t('complaintFiling.name')}
            <input
              name="name"
              autoComplete="name"
              maxLength={120}
              aria-describedby={described('contact.name')}
            />
            <FieldError text={errors.field('contact.name')} id="contact.name-error" />
          </label>
          <label className="complaint-field">
            {t('complaintFiling.phone')}
            <input
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={30}
              aria-describedby={described('contact.phone')}
            />
            <FieldError text={errors.field('contact.phone')} id="contact.phone-error" />
          </label>
          <label className="complaint-field">
            {t('complaintFiling.email')}
            <input
              name="email"
              type="email"
              autoComplete="email"
              maxLength={200}
              aria-describedby={described('contact.email')}
            />
            <FieldError text={errors.field('contact.email')} id="contact.email-error" />
          </label>
          <p className="complaint-help">{t('complaintFiling.contactHelp')}</p>
        </>
      )}

      <label className="complaint-field">
        {t('complaintFiling.files')}
        <input
          type="file"
          name="files"
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-describedby={described('files') ?? 'files-help'}
        />
        <span className="complaint-help" id="files-help">
          {t('complaintFiling.filesHelp')}
        </span>
        <FieldError text={errors.field('files')} id="files-error" />
      </label>

      {errors.summary && (
        <p role="alert" className="complaint-error">
          {errors.summary}
        </p>
      )}
      <button type="submit" className="complaint-submit" disabled={busy}>
        {busy ? t('complaintFiling.sending') : t('complaintFiling.send')}
      </button>
    </form>
  );
}

/** Staff: how it came (LAPOR!'s id when by LAPOR!), a ticket or file it is about, a late one accepted with a note. */
function StaffFields({
  channel,
  setChannel,
  field,
  described,
}: {
  channel: (typeof STAFF_CHANNELS)[number];
  setChannel: (c: (typeof STAFF_CHANNELS)[number]) => void;
  field: (path: string) => string | null;
  described: (name: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="complaint-field">
        {t('complaintFiling.channel')}
        <select
          name="channel"
          value={channel}
          onChange={(e) => setChannel(e.target.value as (typeof STAFF_CHANNELS)[number])}
        >
          {STAFF_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`complaintFiling.channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {channel === 'lapor' && (
        <label className="complaint-field">
          {t('complaintFiling.laporId')}
          <input name="laporId" required maxLength={60} aria-describedby={described('laporId')} />
          <FieldError text={field('laporId')} id="laporId-error" />
        </label>
      )}
      <label className="complaint-field">
        {t('complaintFiling.ticketCode')}
        <input
          name="ticketCode"
          autoComplete="off"
          maxLength={24}
          aria-describedby={described('ticketCode')}
        />
        <FieldError text={field('ticketCode')} id="ticketCode-error" />
      </label>
      <label className="complaint-field">
        {t('complaintFiling.fileCode')}
        <input name="fileCode" autoComplete="off" maxLength={24} aria-describedby={described('fileCode')} />
        <FieldError text={field('fileCode')} id="fileCode-error" />
      </label>
      <div className="complaint-choice">
        <label>
          <input
            type="checkbox"
            name="acceptLate"
            aria-describedby={described('acceptLate') ?? 'acceptLate-help'}
          />
          {t('complaintFiling.acceptLate')}
        </label>
        <small id="acceptLate-help">{t('complaintFiling.acceptLateHelp')}</small>
      </div>
      <FieldError text={field('acceptLate')} id="acceptLate-error" />
      <label className="complaint-field">
        {t('complaintFiling.note')}
        <textarea name="note" maxLength={1000} rows={2} aria-describedby={described('note')} />
        <FieldError text={field('note')} id="note-error" />
      </label>
    </>
  );
}
