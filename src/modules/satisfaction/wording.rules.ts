/**
 * The questionnaire's wording for the citizen's screens (the web may import *.rules.ts): the nine questions with
 * their four answers, and the profile's bands, in Indonesian and English. Re-exported from the pure data modules
 * (questionnaire.ts, elements.ts), which import nothing, so no schema library lands in a phone's bundle.
 */
export { ageBands, educationLevels, occupations, questionOf, sexes } from './questionnaire.ts';
