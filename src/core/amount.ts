import { UsageError } from "../errors";
import { CURRENCIES, type Currency, parseCurrency, CURRENCY_WORDS as WORDS } from "./currencies";
import { FOREIGN_DIGIT, inRange, MAX_DIGITS, rangeWhy, readDecimal, scaleDecimal } from "./number";

export { CURRENCIES, type Currency, parseCurrency };

export interface Amount {
  /** the amount in units of its currency (13.2B → 13200000000) */
  value: number;
  /** the currency the text names by symbol, word or code; null when it names none */
  currency: Currency | null;
}

// Longest first, so "US$" wins over "$" and "CN¥" over "¥". ¥ alone is the yen (the usual reading).
const SYMBOLS: [string, Currency][] = [
  ["US$", "USD"],
  ["CN¥", "CNY"],
  ["RMB¥", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["₩", "KRW"],
  ["¥", "JPY"],
  ["￥", "JPY"],
  ["元", "CNY"],
];
/** Scale words and the power of ten they stand for. */
const SCALES = new Map<string, number>([
  ["k", 3],
  ["thousand", 3],
  ["m", 6],
  ["mn", 6],
  ["mln", 6],
  ["mio", 6],
  ["million", 6],
  ["millions", 6],
  ["b", 9],
  ["bn", 9],
  ["bln", 9],
  ["billion", 9],
  ["billions", 9],
  ["t", 12],
  ["tn", 12],
  ["trn", 12],
  ["trillion", 12],
  ["trillions", 12],
]);

const ACCEPTED =
  "accepted: a number with optional sign, thousands commas, decimals or exponent (27,600,000,000, -27.6, 1.5e9), " +
  "a scale (k, m/mn/million, b/bn/billion, t/tn/trillion) and a currency symbol or word ($, €, ₩, ¥, CN¥, dollars, euros, won, yen, yuan); " +
  `at most ${MAX_DIGITS} significant digits, up to one quadrillion (10^15) in size`;

/**
 * Reads an amount as people write it: "13.2B", "$13.2 billion", "27,600,000,000", "1.5e9",
 * "€11.6 billion", "11.6 billion euros", "₩31.4tn", "31.4 trillion won", "-27.6B".
 */
export function parseAmount(text: string): Amount {
  const original = text;
  // fullwidth digits and signs read as ASCII (NFKC); other digits (٢٠١٦) are refused below
  let s = text
    .normalize("NFKC")
    .trim()
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, " ");
  if (s === "") throw new UsageError(`empty amount: ${ACCEPTED}`);
  let currency: Currency | null = null;
  let negative = false;
  const setCurrency = (c: Currency) => {
    if (currency && currency !== c)
      throw new UsageError(`amount ${JSON.stringify(original)} names two currencies (${currency} and ${c})`);
    currency = c;
  };
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1).trimStart();
  } else if (s.startsWith("+")) s = s.slice(1).trimStart();
  // a leading currency code or symbol
  const code = /^(USD|EUR|KRW|JPY|CNY|RMB)\s*/i.exec(s);
  if (code) {
    setCurrency(WORDS.get(code[1]!.toLowerCase())!);
    s = s.slice(code[0].length);
  } else {
    for (const [sym, cur] of SYMBOLS) {
      if (s.startsWith(sym)) {
        setCurrency(cur);
        s = s.slice(sym.length).trimStart();
        break;
      }
    }
  }
  if (s.startsWith("-")) {
    if (negative) throw new UsageError(`amount ${JSON.stringify(original)} has two signs; ${ACCEPTED}`);
    negative = true;
    s = s.slice(1).trimStart();
  }
  if (FOREIGN_DIGIT.test(s)) throw new UsageError(`${JSON.stringify(original)}: digits other than 0-9 are not read; ${ACCEPTED}`);
  const num = /^[\d.,]*\d(?:e[+-]?\d+)?|^\.\d+(?:e[+-]?\d+)?/i.exec(s);
  if (!num) throw new UsageError(`${JSON.stringify(original)} is not an amount: ${ACCEPTED}`);
  const read = readDecimal(num[0]);
  if (!read.ok) {
    const plain = read.problem === "out-of-range" || read.problem === "too-many-digits";
    throw new UsageError(`${JSON.stringify(original)}: ${read.why}${plain ? "" : `; ${ACCEPTED}`}`);
  }
  let power = 0;
  let rest = s.slice(num[0].length).trim().toLowerCase();
  const scale = /^([a-z]+)\b\.?\s*/.exec(rest);
  if (scale && SCALES.has(scale[1]!)) {
    power = SCALES.get(scale[1]!)!;
    rest = rest.slice(scale[0].length);
  }
  if (rest !== "") {
    const word = WORDS.get(rest.replace(/\.$/, ""));
    if (!word) throw new UsageError(`${JSON.stringify(original)}: "${rest}" is not a scale or currency; ${ACCEPTED}`);
    setCurrency(word);
  }
  const value = scaleDecimal(read.reading, power);
  if (!inRange(value)) throw new UsageError(`${JSON.stringify(original)}: ${rangeWhy()}`);
  return { value: negative && value !== 0 ? -value : value, currency };
}
