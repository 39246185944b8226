import i18n from 'i18next';
import { OpenDataPage } from '../../features/national-open-data/open-data-page.tsx';
import en from '../../i18n/national-open-data.en.json' with { type: 'json' };
import id from '../../i18n/national-open-data.id.json' with { type: 'json' };

// A hub page: its texts come with it, not in the entry chunk every citizen's phone loads.
i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

/** /nasional/data-terbuka — the hub's open data: the dataset, its licence and fields, downloads. */
export function Component() {
  return <OpenDataPage />;
}
