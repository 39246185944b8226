import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('atap.lang') : null;

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: 'id' | 'en'): void {
  localStorage.setItem('atap.lang', lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

document.documentElement.lang = i18n.language;
export default i18n;
