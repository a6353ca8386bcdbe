/**
 * The one number reader: amounts for `convert`, numbers in claims for `check`, and numeric option values. It reads
 * ASCII digits with optional thousands commas (grouped in threes), a decimal point and an exponent, and refuses
 * whatever it cannot read exactly, with a reason: other digits (٢٠١٦), misplaced commas (27,6), more digits than a
 * double holds, numbers beyond the range. Pure: the caller turns a refusal into a usage error or an unread claim.
 */

/** The largest magnitude korus reads: one quadrillion (10^15), a thousand times any trade figure it holds. */
export const MAX_MAGNITUDE = 1e15;
/** The smallest nonzero magnitude: 1e-400 is not zero, and korus does not pretend it is. */
export const MIN_MAGNITUDE = 1e-15;
/** Significant digits a double holds exactly: a longer number would be read as another one. */
export const MAX_DIGITS = 15;

/** What korus accepts as a number, for error messages and help. */
export const NUMBER_FORMS =
  "digits 0-9 with optional thousands commas in groups of three, a decimal point and an exponent (27,600,000,000, 27.6, 2.76e10)";

export interface DecimalReading {
  /** the value, parsed from the decimal text (never through float arithmetic) */
  value: number;
  /** the significant digits, without leading zeros ("0" for zero) */
  digits: string;
  /** value = digits × 10^exponent */
  exponent: number;
  /** half a unit of the last digit written: 27.6 → 0.05, 2.76e10 → 5e7 */
  precision: number;
}

export type NumberProblem = "empty" | "foreign-digits" | "grouping" | "syntax" | "too-many-digits" | "out-of-range";

export type Reading = { ok: true; reading: DecimalReading } | { ok: false; problem: NumberProblem; why: string };

// a whole number: sign, integer part (grouped in threes, or plain), fraction, exponent
const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:e([+-]?\d{1,6}))?$/i;
/** A decimal digit that is not 0-9: Arabic-Indic, Devanagari, Thai … (fullwidth digits are folded by NFKC first). */
export const FOREIGN_DIGIT = /(?![0-9])\p{Nd}/u;

function refuse(problem: NumberProblem, why: string): Reading {
  return { ok: false, problem, why };
}

/**
 * Reads one number written in full ("27,600", "-27.6", "2.76e10"), with no scale or unit. The text is folded with
 * NFKC first, so fullwidth digits read as digits; the minus sign − reads as -.
 */
export function readDecimal(text: string): Reading {
  const t = text
    .normalize("NFKC")
    .trim()
    .replace(/\u2212/g, "-");
  if (t === "") return refuse("empty", "no number");
  if (FOREIGN_DIGIT.test(t)) return refuse("foreign-digits", "digits other than 0-9: write the number with 0-9");
  const m = DECIMAL.exec(t);
  if (!m || (m[2] === "" && m[3] === undefined)) {
    if (/^[+-]?[\d,]*\d(?:\.\d+)?$/.test(t) && t.includes(","))
      return refuse(
        "grouping",
        "thousands commas group three digits (27,600) and '.' is the decimal point: korus cannot tell what this is",
      );
    return refuse("syntax", `not a number: ${NUMBER_FORMS}`);
  }
  const [, sign, int, frac = "", exp = "0"] = m;
  const all = `${int!.replace(/,/g, "")}${frac}`.replace(/^0+/, "");
  // trailing zeros counted, not matched: /0+$/ is quadratic on "1000…0001"
  let last = all.length;
  while (last > 0 && all[last - 1] === "0") last--;
  const digits = all.slice(0, last) || "0";
  const trailingZeros = all.length - digits.length;
  const exponent = Number(exp) - frac.length + (digits === "0" ? 0 : trailingZeros);
  if (digits.length > MAX_DIGITS) {
    return refuse(
      "too-many-digits",
      `more than ${MAX_DIGITS} significant digits, which korus cannot read exactly (round it to 15)`,
    );
  }
  const magnitude = Number(`${digits}e${exponent}`);
  if (!(magnitude <= MAX_MAGNITUDE) || (digits !== "0" && magnitude < MIN_MAGNITUDE)) return refuse("out-of-range", rangeWhy());
  const value = sign === "-" && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, reading: { value, digits, exponent, precision: 0.5 * 10 ** (Number(exp) - frac.length) } };
}

/** The reading times 10^power, computed in decimal ("27.6" billion is 27600000000, not 27600000000.000004). */
export function scaleDecimal(r: DecimalReading, power: number): number {
  const magnitude = Number(`${r.digits}e${r.exponent + power}`);
  return r.value < 0 ? -magnitude : magnitude;
}

export function inRange(value: number): boolean {
  const m = Math.abs(value);
  return Number.isFinite(value) && m <= MAX_MAGNITUDE && (m === 0 || m >= MIN_MAGNITUDE);
}

export function rangeWhy(): string {
  return "outside the range korus reads: numbers from 10^-15 to one quadrillion (10^15) in size, or 0";
}

/** A whole number for an option (--height, --width, a year): plain digits 0-9 only, within min..max. */
export function readWholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}
