import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { formatAt, formatBytes, formatSeconds } from './format.ts';
import type { LinkState, SlotState } from './types.ts';
import './national-link.css';

/**
 * /kelola/tautan-nasional — the site manager's view of the installation's link to the national hub: connected or
 * since when not, how far behind the hub is, the WAL kept for it against its bound, and what to do when the link
 * was lost. Refreshed every 15 seconds.
 */
export function NationalLinkPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const errorText = useErrorText();
  const link = useQuery({
    queryKey: ['national-link'],
    queryFn: () => api<LinkState>('/api/national/link'),
    enabled: Boolean(session.data),
    refetchInterval: 15_000,
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/tautan-nasional">{t('nationalLink.signInFirst')}</Link>;
  const state = link.data;
  const lang = i18n.language;
  return (
    <section className="nl-page">
      <h1>{t('nationalLink.heading')}</h1>
      <p className="hint">{t('nationalLink.intro')}</p>
      {link.isError && <p role="alert">{errorText(link.error)}</p>}
      {link.isLoading && <p>{t('nationalLink.loading')}</p>}
      {state && (
        <>
          {!state.publishing && <p role="status">{t('nationalLink.notPublishing')}</p>}
          {state.publishing && state.slots.length === 0 && <p role="status">{t('nationalLink.noHub')}</p>}
          {state.slots.map((slot) => (
            <SlotCard key={slot.slotName} slot={slot} state={state} />
          ))}
          <p className="hint">
            {t('nationalLink.checkedAt', { at: formatAt(state.checkedAt, lang) })}{' '}
            <button type="button" onClick={() => void link.refetch()}>
              {t('nationalLink.refresh')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

function SlotCard({ slot, state }: { slot: SlotState; state: LinkState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const bound = state.walKeepBoundBytes;
  const headline =
    slot.verdict === 'connected'
      ? slot.connectedSince
        ? t('nationalLink.connectedSince', { at: formatAt(slot.connectedSince, lang) })
        : t('nationalLink.connected')
      : slot.verdict === 'lost'
        ? t('nationalLink.lost')
        : slot.disconnectedSince
          ? t('nationalLink.disconnectedSince', { at: formatAt(slot.disconnectedSince, lang) })
          : t('nationalLink.disconnected');
  const kept = slot.retainedBytes === null ? null : formatBytes(slot.retainedBytes, lang);
  return (
    <article className="nl-slot" aria-label={t('nationalLink.slot', { name: slot.slotName })}>
      <h2>
        <span className={`nl-state nl-${slot.verdict}`} data-testid="nl-verdict">
          {headline}
        </span>
      </h2>
      <dl>
        <dt>{t('nationalLink.hub')}</dt>
        <dd>
          <code>{slot.slotName}</code>
          {slot.clientAddress ? ` (${slot.clientAddress})` : ''}
        </dd>
        <dt>{t('nationalLink.lastContact')}</dt>
        <dd>{slot.lastContactAt ? formatAt(slot.lastContactAt, lang) : t('nationalLink.none')}</dd>
        <dt>{t('nationalLink.lag')}</dt>
        <dd>
          {slot.replayLagSeconds === null
            ? t('nationalLink.none')
            : t('nationalLink.lagValue', { seconds: formatSeconds(slot.replayLagSeconds, lang) })}
          {slot.bytesBehind !== null &&
            ` · ${t('nationalLink.behind', { size: formatBytes(slot.bytesBehind, lang) })}`}
        </dd>
        <dt>{t('nationalLink.walKept')}</dt>
        <dd>
          {kept === null
            ? t('nationalLink.none')
            : bound === null
              ? t('nationalLink.keptUnbounded', { kept })
              : t('nationalLink.keptOfBound', { kept, bound: formatBytes(bound, lang) })}
          {bound !== null && slot.retainedBytes !== null && (
            <>
              <br />
              <meter
                min={0}
                max={bound}
                low={bound * 0.5}
                high={bound * 0.8}
                optimum={0}
                value={Math.min(slot.retainedBytes, bound)}
                aria-label={t('nationalLink.walKept')}
              />
            </>
          )}
          {slot.safeWalBytes !== null && slot.verdict !== 'connected' && (
            <>
              <br />
              {t('nationalLink.safeLeft', { size: formatBytes(Math.max(0, slot.safeWalBytes), lang) })}
            </>
          )}
        </dd>
      </dl>
      <p role={slot.verdict === 'connected' ? undefined : 'status'}>
        {slot.verdict === 'connected' && t('nationalLink.adviceConnected')}
        {slot.verdict === 'disconnected' && t('nationalLink.adviceDisconnected')}
        {slot.verdict === 'at-risk' && t('nationalLink.adviceAtRisk')}
        {slot.verdict === 'lost' && t('nationalLink.adviceLost', { bound: state.walKeepBoundSetting })}
      </p>
      {slot.verdict === 'lost' && (
        <p>
          {t('nationalLink.resyncCommand')} <code>atap hub resync-site {slot.slotName}</code>
        </p>
      )}
    </article>
  );
}
