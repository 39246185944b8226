/**
 * Exact fractions (BigInt numerator and denominator): the satisfaction index, evaluation scores. Every input of the index is
 * an integer (a sum of scores, a count of answers) or a decimal the manager typed (a weight such as 0.111), so
 * the index, its converted value and the rounding that decides the grade can be computed without any binary
 * floating-point error: a converted value of exactly 88.305 rounds half-up to 88.31 (grade A), where the same
 * sum in doubles, Σ (17661/5000)·(1/9)·25, is 88.30499999999998 and would round to 88.30 (grade B). Pure.
 */

export interface Fraction {
  /** Numerator; the sign of the fraction. */
  readonly n: bigint;
  /** Denominator, always > 0; reduced when made by fraction(), not after arithmetic (see add). */
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('fraction: zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { n: num / g, d: den / g } : { n: num, d: den };
}

const ZERO = fraction(0n);
export const ONE = fraction(1n);

// Arithmetic does not reduce its result: a gcd on ever larger numbers was most of an index's cost (408 indexes of a
// year's months took 8 ms), and nothing needs a reduced fraction — compare, roundHalfUp and toNumber are exact on any
// numerator and positive denominator. The numbers stay small: nine terms of an index multiply nine denominators.
const add = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
export const sum = (xs: readonly Fraction[]): Fraction => xs.reduce(add, ZERO);
/** a / b; b must not be zero. The denominator stays positive. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('div: division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

const TWO_POW_53 = 2n ** 53n;
const SCALE_DIGITS = 20n;

/** The nearest double (within a few units in the last place): for display and JSON, never for grading. */
export function toNumber(x: Fraction): number {
  if (abs(x.n) <= TWO_POW_53 && x.d <= TWO_POW_53) return Number(x.n) / Number(x.d);
  const scale = 10n ** SCALE_DIGITS;
  return Number((x.n * scale) / x.d) / Number(scale);
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const RATIO = /^(\d+)\/(\d+)$/;

/**
 * A decimal ('0.111', '1') or a ratio ('1/9') as written, exactly; null when it is neither. A number is read
 * by its shortest decimal form (String(0.111) is '0.111'), which is the value a person typed.
 */
export function parseFraction(value: string | number): Fraction | null {
  const text = (typeof value === 'number' ? String(value) : value).trim();
  const ratio = RATIO.exec(text);
  if (ratio)
    return BigInt(ratio[2] as string) === 0n
      ? null
      : fraction(BigInt(ratio[1] as string), BigInt(ratio[2] as string));
  const decimal = DECIMAL.exec(text);
  if (!decimal) return null;
  const digits = decimal[2] ?? '';
  return fraction(BigInt(`${decimal[1]}${digits}`), 10n ** BigInt(digits.length));
}

/**
 * Rounded half-up (half away from zero) to `decimals` places, as the decimal text ('88.31'). Exact: the
 * rounding is decided on the fraction itself, so a value that is exactly half-way always rounds up.
 */
export function roundHalfUp(x: Fraction, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const negative = x.n < 0n;
  const scaled = abs(x.n) * scale;
  // floor(scaled / d + 1/2) = floor((2·scaled + d) / (2·d)) for non-negative values.
  const units = (2n * scaled + x.d) / (2n * x.d);
  const text = units.toString().padStart(decimals + 1, '0');
  const whole = decimals > 0 ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
  return negative && units !== 0n ? `-${whole}` : whole;
}

/**
 * Half-up rounding of a double given as a number, decided on its shortest decimal form: 1.005 → '1.01'
 * (Math.round(1.005 * 100) gives 100 because 1.005 * 100 is 100.49999999999999 in binary). Use the
 * Fraction form wherever the value is computed; this is for values that arrive as numbers.
 */
export function roundNumberHalfUp(x: number, decimals: number): string {
  if (!Number.isFinite(x)) throw new RangeError('roundNumberHalfUp: not a finite number');
  const text = Math.abs(x).toString();
  const exact = parseFraction(text) ?? parseExponent(text);
  const rounded = roundHalfUp(exact, decimals);
  return x < 0 && /[1-9]/.test(rounded) ? `-${rounded}` : rounded;
}

/** '1.5e-7' or '1e+21', as String() writes very small or very large doubles. */
function parseExponent(text: string): Fraction {
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const digits = match[2] ?? '';
  const mantissa = BigInt(`${match[1]}${digits}`);
  const exponent = Number(match[3]) - digits.length;
  return exponent >= 0
    ? fraction(mantissa * 10n ** BigInt(exponent))
    : fraction(mantissa, 10n ** BigInt(-exponent));
}
