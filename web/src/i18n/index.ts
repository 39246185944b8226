import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json' with { type: 'json' };
import accountId from './account.id.json' with { type: 'json' };
import bookingEn from './booking.en.json' with { type: 'json' };
import bookingId from './booking.id.json' with { type: 'json' };
import catalogueOwnersEn from './catalogue-owners.en.json' with { type: 'json' };
import catalogueOwnersId from './catalogue-owners.id.json' with { type: 'json' };
import citizenEn from './citizen.en.json' with { type: 'json' };
import citizenId from './citizen.id.json' with { type: 'json' };
import complaintFilingEn from './complaint-filing.en.json' with { type: 'json' };
import complaintFilingId from './complaint-filing.id.json' with { type: 'json' };
import complaintHandlingEn from './complaint-handling.en.json' with { type: 'json' };
import complaintHandlingId from './complaint-handling.id.json' with { type: 'json' };
import complaintMeasuresEn from './complaint-measures.en.json' with { type: 'json' };
import complaintMeasuresId from './complaint-measures.id.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import evaluationAssessEn from './evaluation-assess.en.json' with { type: 'json' };
import evaluationAssessId from './evaluation-assess.id.json' with { type: 'json' };
import evaluationDashboardEn from './evaluation-dashboard.en.json' with { type: 'json' };
import evaluationDashboardId from './evaluation-dashboard.id.json' with { type: 'json' };
import evaluationFindingsEn from './evaluation-findings.en.json' with { type: 'json' };
import evaluationFindingsId from './evaluation-findings.id.json' with { type: 'json' };
import evaluationInstrumentsEn from './evaluation-instruments.en.json' with { type: 'json' };
import evaluationInstrumentsId from './evaluation-instruments.id.json' with { type: 'json' };
import floorEn from './floor.en.json' with { type: 'json' };
import floorId from './floor.id.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import requestsEn from './requests.en.json' with { type: 'json' };
import requestsId from './requests.id.json' with { type: 'json' };
import satisfactionEn from './satisfaction.en.json' with { type: 'json' };
import satisfactionId from './satisfaction.id.json' with { type: 'json' };
import satisfactionIndexEn from './satisfaction-index.en.json' with { type: 'json' };
import satisfactionIndexId from './satisfaction-index.id.json' with { type: 'json' };
import satisfactionReportEn from './satisfaction-report.en.json' with { type: 'json' };
import satisfactionReportId from './satisfaction-report.id.json' with { type: 'json' };
import siteAdminEn from './site-admin.en.json' with { type: 'json' };
import siteAdminId from './site-admin.id.json' with { type: 'json' };
import standardEn from './standard.en.json' with { type: 'json' };
import standardId from './standard.id.json' with { type: 'json' };

// One catalogue per area (each file owns distinct top-level keys), merged into one namespace per language.
const catalogue = {
  id: {
    ...id,
    ...floorId,
    ...siteAdminId,
    ...bookingId,
    ...requestsId,
    ...accountId,
    ...citizenId,
    ...standardId,
    ...catalogueOwnersId,
    ...satisfactionReportId,
    ...satisfactionId,
    ...satisfactionIndexId,
    ...complaintHandlingId,
    ...complaintMeasuresId,
    ...complaintFilingId,
    ...evaluationAssessId,
    ...evaluationFindingsId,
    ...evaluationDashboardId,
    ...evaluationInstrumentsId,
  },
  en: {
    ...en,
    ...floorEn,
    ...siteAdminEn,
    ...bookingEn,
    ...requestsEn,
    ...accountEn,
    ...citizenEn,
    ...standardEn,
    ...catalogueOwnersEn,
    ...satisfactionReportEn,
    ...satisfactionEn,
    ...satisfactionIndexEn,
    ...complaintHandlingEn,
    ...complaintMeasuresEn,
    ...complaintFilingEn,
    ...evaluationAssessEn,
    ...evaluationFindingsEn,
    ...evaluationDashboardEn,
    ...evaluationInstrumentsEn,
  },
};

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('atap.lang') : null;

void i18n.use(initReactI18next).init({
  resources: { id: { translation: catalogue.id }, en: { translation: catalogue.en } },
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
