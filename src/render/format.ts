import { displayWidth, maxLineWidth, sliceToWidth, toAscii } from "./text-width";

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
 * Prose wrapped to a width: the first line after `first`, the rest after `rest` (a hanging indent). A word longer
 * than the room (a URL, a source id) is broken across lines, so no line is ever wider than `width`.
 */
export function wrapLines(text: string, width: number, first = "", rest = first): string[] {
  // an indent never leaves less than 12 columns of text: it gives way first
  if (width - displayWidth(rest) < 12) rest = "";
  const firstRoom = width - displayWidth(first);
  if (firstRoom < 8) return [first.trimEnd(), ...wrapLines(text, width, rest, rest)];
  return wrapText(text, firstRoom, width - displayWidth(rest))
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
      if (displayWidth(line) <= width) return [line];
      const hang = /^(\s*(?:- |\S+(?: \S+)?\s{2,})?)/.exec(line)![1]!.length;
      const head = line.slice(0, hang);
      return wrapLines(line.slice(hang), width, head, " ".repeat(Math.min(hang, width - 20)));
    })
    .join("\n");
}

/**
 * A finished view made plain ASCII, for views that wrap their prose before they know about ASCII (origins, autos):
 * a line that the longer stand-ins ("->" for "→") push past the width wraps again under its own indent.
 */
export function asciiFitted(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const plain = toAscii(line);
      if (displayWidth(plain) <= width) return [plain];
      const indent = /^\s*/.exec(plain)![0];
      return wrapLines(plain.slice(indent.length), width, indent);
    })
    .join("\n");
}

/** The widest line of a block, in columns, ignoring color codes. */
export function blockWidth(block: string): number {
  return maxLineWidth(block);
}

/**
 * Greedy word wrap at spaces, by display width; `width` for the first line, `restWidth` for the others. A word wider
 * than its line is broken (after a "/" or "-" where there is one near the end), never left to overflow.
 */
export function wrapText(text: string, width: number, restWidth = width): string {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    const room = () => (lines.length === 0 ? width : restWidth);
    for (let word of paragraph.split(" ")) {
      let w = displayWidth(word);
      if (line && used + 1 + w <= room()) {
        line += ` ${word}`;
        used += 1 + w;
        continue;
      }
      if (line) {
        lines.push(line);
        line = "";
        used = 0;
      }
      while (w > room()) {
        const cut = breakPoint(word, room());
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
        w = displayWidth(word);
      }
      line = word;
      used = w;
    }
    lines.push(line);
  }
  return lines.join("\n");
}

/** Where to break a word too long for `room` columns: after the last "/", "-", "_" or "." in its second half. */
function breakPoint(word: string, room: number): number {
  const head = sliceToWidth(word, Math.max(1, room));
  for (let i = head.length - 1; i >= Math.ceil(head.length / 2); i--) if ("/-_.&?=".includes(head[i]!)) return i + 1;
  return Math.max(1, head.length);
}
