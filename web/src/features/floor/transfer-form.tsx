import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import type { KioskBooth, KioskMenu, TransferRequest } from './types.ts';

/** Most services an officer scrolls through at once; the search narrows the rest. */
const SHOWN = 60;

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The booths and services a transfer may go to, grouped by booth (this booth first), filtered by every word of
 * the search in the service's name, category, keywords or the agency's names.
 */
function transferGroups(booths: KioskBooth[], currentBoothId: string, search: string) {
  const needle = words(search);
  const ordered = [...booths].sort(
    (a, b) =>
      Number(b.boothId === currentBoothId) - Number(a.boothId === currentBoothId) ||
      a.agencyShortName.localeCompare(b.agencyShortName),
  );
  let left = SHOWN;
  const groups = [];
  for (const booth of ordered) {
    if (left <= 0) break;
    const agency = `${booth.agencyName} ${booth.agencyShortName} ${booth.boothName}`.toLowerCase();
    const services = booth.services
      .filter((s) => {
        const hay = `${s.name} ${s.category} ${s.keywords.join(' ')} ${agency}`.toLowerCase();
        return needle.every((w) => hay.includes(w));
      })
      .slice(0, left);
    left -= services.length;
    if (services.length > 0) groups.push({ booth, services });
  }
  return groups;
}

/**
 * Sends the current citizen to another service (here or at another booth) without a new number. Keyboard
 * first: the officer pressed T and types; ↓ goes to the list (arrows move between services), Enter transfers,
 * Escape cancels.
 */
export function TransferForm({
  siteCode,
  currentBoothId,
  onTransfer,
  onCancel,
}: {
  siteCode: string;
  currentBoothId: string;
  onTransfer: (body: TransferRequest) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const menu = useQuery({
    queryKey: ['kiosk-menu', siteCode],
    queryFn: () => api<KioskMenu>(`/api/floor/sites/${encodeURIComponent(siteCode)}/kiosk`),
  });
  const [search, setSearch] = useState('');
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  // The officer pressed T to get exactly here: focus the search at once (by hand rather than autoFocus, which
  // only React's renderer turns into a focus() call; the browser honours the attribute once per page).
  const searchField = useRef<HTMLInputElement>(null);
  useEffect(() => searchField.current?.focus(), []);
  const groups = transferGroups(menu.data?.booths ?? [], currentBoothId, search);
  const total = groups.reduce((n, g) => n + g.services.length, 0);
  return (
    <form
      className="transfer-form transfer-dialog"
      aria-label={t('floor.console.transferTo')}
      onSubmit={(e) => {
        e.preventDefault();
        const [boothId = '', serviceId = ''] = choice.split('|');
        if (serviceId) onTransfer({ serviceId, boothId, reason });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label className="transfer-search">
        {t('floor.console.transferSearch')}
        <input
          type="search"
          ref={searchField}
          value={search}
          placeholder={t('floor.console.transferSearchHint')}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            // ↓ or Enter from the search moves to the first match (Enter on a choice made submits).
            if (e.key === 'ArrowDown' || (e.key === 'Enter' && !choice)) {
              e.preventDefault();
              const first = e.currentTarget.form?.querySelector<HTMLInputElement>('input[type="radio"]');
              if (first) {
                first.focus();
                first.click();
              }
            }
          }}
        />
      </label>
      <p className="console-help" aria-live="polite">
        {menu.data ? t('floor.console.transferFound', { count: total }) : t('floor.loading')}
      </p>
      <div className="transfer-groups">
        {groups.map(({ booth, services }) => (
          <fieldset key={booth.boothId}>
            <legend>
              {booth.agencyShortName} · {booth.boothName}
              {booth.boothId === currentBoothId ? ` (${t('floor.console.thisBooth')})` : ''}
            </legend>
            {services.map((s) => {
              const value = `${booth.boothId}|${s.id}`;
              return (
                <label key={value} className="transfer-option">
                  <input
                    type="radio"
                    name="transfer-target"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                    required
                  />
                  {s.name}
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
      <label>
        {t('floor.console.transferReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
      </label>
      <div className="kiosk-row">
        <button type="submit" disabled={!choice}>
          {t('floor.console.transfer')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('floor.console.cancel')}
        </button>
      </div>
    </form>
  );
}
