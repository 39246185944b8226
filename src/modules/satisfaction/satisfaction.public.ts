/**
 * What other modules may use of satisfaction: the demo seed's year of responses (the demo module seeds it beside
 * the requests history). The only satisfaction file other modules import.
 */
export { generateSatisfaction } from './satisfaction.demo.ts';
