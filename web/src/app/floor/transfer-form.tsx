import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import type { KioskMenu } from './types.ts';

/** Sends the current citizen to another service (here or at another booth) without a new number. */
export function TransferForm({
  siteCode,
  onTransfer,
  onCancel,
}: {
  siteCode: string;
  onTransfer: (body: { serviceId: string; boothId: string; reason: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const menu = useQuery({
    queryKey: ['kiosk-menu', siteCode],
    queryFn: () => api<KioskMenu>(`/api/floor/sites/${encodeURIComponent(siteCode)}/kiosk`),
  });
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  return (
    <form
      className="transfer-form"
      onSubmit={(e) => {
        e.preventDefault();
        const [boothId = '', serviceId = ''] = choice.split('|');
        if (serviceId) onTransfer({ serviceId, boothId, reason });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t('floor.console.transferTo')}
        {/* biome-ignore lint/a11y/noAutofocus: the officer pressed T to get exactly here. */}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} required autoFocus>
          <option value="">{t('floor.console.chooseService')}</option>
          {menu.data?.booths.map((b) => (
            <optgroup key={b.boothId} label={b.boothName}>
              {b.services.map((s) => (
                <option key={`${b.boothId}|${s.id}`} value={`${b.boothId}|${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('floor.console.transferReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
      </label>
      <button type="submit">{t('floor.console.transfer')}</button>
      <button type="button" onClick={onCancel}>
        {t('floor.console.cancel')}
      </button>
    </form>
  );
}
