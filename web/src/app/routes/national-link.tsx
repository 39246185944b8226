import i18n from 'i18next';
import { NationalLinkPage } from '../../features/national-link/link-page.tsx';
import en from '../../i18n/national-link.en.json' with { type: 'json' };
import id from '../../i18n/national-link.id.json' with { type: 'json' };

// This page's words load with it, not with the entry chunk.
i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

/** /kelola/tautan-nasional — the installation's link to the national hub, for its managers. */
export function Component() {
  return <NationalLinkPage />;
}
