/**
 * Number formatting without Intl: the first Intl.NumberFormat costs about 25 ms and 7 MiB at start-up
 * (measured, see DESIGN.md), more than the rest of a table. Output is the same in every locale, on purpose:
 * scripts and tests compare it.
 */
export function groupThousands(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/**
 * abs.toFixed(decimals), except where toFixed shows float noise or an exponent: from 10^15 up a double holds no
 * digit after the point, and toFixed prints its binary expansion (1.4213963e24 → "1.4213963e+24"). There the
 * shortest decimal that reads back as the same double is written out in full: "1421396300000000000000000".
 */
function fixedDigits(abs: number, decimals: number): string {
  if (abs < 1e15 || !Number.isFinite(abs)) return abs.toFixed(decimals);
  const [mantissa, e] = abs.toExponential().split("e");
  const digits = mantissa!.replace(".", "");
  const zeros = Number(e) - (digits.length - 1);
  if (zeros < 0) return abs.toFixed(decimals);
  return `${digits}${"0".repeat(zeros)}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
}

/** 1234567.891 → "1,234,567.9" (decimals = 1); "-" sign kept, "-0.0" avoided. */
export function formatNumber(value: number, decimals: number, opts: { sign?: boolean; group?: boolean } = {}): string {
  const fixed = fixedDigits(Math.abs(value), decimals);
  const isZero = Number(fixed) === 0;
  const [int, frac] = fixed.split(".");
  const body = (opts.group === false ? int! : groupThousands(int!)) + (frac !== undefined ? `.${frac}` : "");
  if (isZero) return body;
  if (value < 0) return `-${body}`;
  return opts.sign ? `+${body}` : body;
}

export function formatPercent(fraction: number, decimals = 1, sign = true): string {
  return `${formatNumber(fraction * 100, decimals, { sign })}%`;
}

/** Display units for money tables. Values arrive in millions (as published). */
export const UNITS = ["billions", "millions"] as const;
export type Units = (typeof UNITS)[number];

export function scaleMillions(value: number, units: Units): number {
  return units === "billions" ? value / 1000 : value;
}

export function unitLabel(units: Units | "trillions", currency = "USD"): string {
  return `${currency === "USD" ? "$" : currency} ${units}`;
}

export function currencySymbol(currency: string): string {
  switch (currency) {
    case "USD":
      return "$";
    case "EUR":
      return "€";
    case "KRW":
      return "₩";
    case "JPY":
      return "¥";
    case "CNY":
      return "CN¥";
    default:
      return currency;
  }
}

/** "$13.2B"-style short amount from millions: used in headlines. */
export function shortMoney(millions: number, currency = "USD"): string {
  const abs = Math.abs(millions);
  const sym = currencySymbol(currency);
  if (abs >= 1e6) return `${sym}${formatNumber(abs / 1e6, 1)}T`;
  if (abs >= 1e3) return `${sym}${formatNumber(abs / 1e3, 1)}B`;
  return `${sym}${formatNumber(abs, 1)}M`;
}

export const MISSING = "n/a";

/**
 * Prose wrapped to a width: the first line after `first`, the rest after `rest` (a hanging indent). Words longer than
 * the width (a URL, a source id) stay whole.
 */
export function wrapLines(text: string, width: number, first = "", rest = first): string[] {
  return wrapText(text, Math.max(20, width - Math.max(first.length, rest.length)))
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line);
}

/**
 * A preformatted page (a help topic) fitted to a width: a line that is too long wraps under its own text, after
 * its indent, its "- " or its label column ("  figures    deficit, …").
 */
export function reflow(page: string, width: number): string {
  return page
    .split("\n")
    .flatMap((line) => {
      if ([...line].length <= width) return [line];
      const hang = /^(\s*(?:- |\S+(?: \S+)?\s{2,})?)/.exec(line)![1]!.length;
      const head = line.slice(0, hang);
      return wrapLines(line.slice(hang), width, head, " ".repeat(Math.min(hang, width - 20)));
    })
    .join("\n");
}

/** The widest line of a block, in columns, ignoring color codes. */
export function blockWidth(block: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape of a color code is what is stripped
  return Math.max(0, ...block.split("\n").map((l) => [...l.replace(/\x1b\[[0-9;]*m/g, "")].length));
}

/** Greedy word wrap for table cells; words longer than the width stay whole. */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
