/**
 * What other modules may use of satisfaction: the demo seed's year of responses (the demo module seeds it beside
 * the requests history), and the population of served visits of a unit and period (complaints divide by it for
 * their per-1,000-visitors rate, so both measures count visitors the same way). The only satisfaction file other
 * modules import.
 */
export { ELEMENT_IDS } from './elements.ts';
export {
  computeIndex,
  DEFAULT_METHOD,
  methodWithWeights,
  type SurveyMethod,
  type Tally,
} from './ikm.rules.ts';
export { unitIkm } from './index.service.ts';
export { servedBy, servedPerService } from './population.ts';
export { generateSatisfaction } from './satisfaction.demo.ts';
