import i18n from 'i18next';
import en from '../../i18n/national.en.json' with { type: 'json' };
import id from '../../i18n/national.id.json' with { type: 'json' };

/**
 * The national view's texts, added to the one namespace when its frame loads: a citizen's phone on a site never
 * downloads them (the eager catalogue in i18n/index.ts is the entry chunk's, near its budget). Both languages,
 * so that the toggle switches at once.
 */
i18n.addResourceBundle('id', 'translation', id, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
