import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from '../../src/shared/personal-data/cipher.ts';

/**
 * The personal-data key of this test process: random, never the published development key, passed to every app
 * the tests build or start (ATAP_DATA_KEY), so that no test depends on a key written anywhere.
 */
export const testDataKey = randomBytes(32).toString('base64');
export const testCipher = new PersonalDataCipher(Buffer.from(testDataKey, 'base64'));
