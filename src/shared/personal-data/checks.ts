import { AppError } from '../errors.ts';
import {
  NIK_MESSAGES,
  nikProblem,
  normaliseNik,
  normalisePhone,
  PHONE_MESSAGES,
  phoneProblem,
} from './nik.rules.ts';

/**
 * What a citizen typed, checked and normalised; a problem names its field in both languages. The error codes
 * carry the name of the first capability that used them (booking) and stay as they are: clients match on them.
 */
export function checkedNik(input: string): string {
  const problem = nikProblem(input);
  if (problem) throw new AppError('booking.invalid_nik', [{ field: 'nik', message: NIK_MESSAGES[problem] }]);
  return normaliseNik(input);
}

export function checkedPhone(input: string): string {
  const phone = normalisePhone(input);
  if (!phone) {
    const problem = phoneProblem(input) ?? 'not_mobile';
    throw new AppError('booking.invalid_phone', [{ field: 'phone', message: PHONE_MESSAGES[problem] }]);
  }
  return phone;
}
