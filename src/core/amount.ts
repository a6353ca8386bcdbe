import { UsageError } from "../errors";

import { CURRENCIES, type Currency, parseCurrency, CURRENCY_WORDS as WORDS } from "./currencies";

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
const SCALES = new Map<string, number>([
  ["k", 1e3],
  ["thousand", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["mio", 1e6],
  ["million", 1e6],
  ["millions", 1e6],
  ["b", 1e9],
  ["bn", 1e9],
  ["bln", 1e9],
  ["billion", 1e9],
  ["billions", 1e9],
  ["t", 1e12],
  ["tn", 1e12],
  ["trn", 1e12],
  ["trillion", 1e12],
  ["trillions", 1e12],
]);

const ACCEPTED =
  "accepted: a number with optional sign, thousands commas, decimals or exponent (27,600,000,000, -27.6, 1.5e9), " +
  "a scale (k, m/mn/million, b/bn/billion, t/tn/trillion) and a currency symbol or word ($, €, ₩, ¥, CN¥, dollars, euros, won, yen, yuan)";

/**
 * Reads an amount as people write it: "13.2B", "$13.2 billion", "27,600,000,000", "1.5e9",
 * "€11.6 billion", "11.6 billion euros", "₩31.4tn", "31.4 trillion won", "-27.6B".
 */
export function parseAmount(text: string): Amount {
  const original = text;
  let s = text
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
  const num = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:e([+-]?\d+))?|^\.\d+(?:e([+-]?\d+))?/i.exec(s);
  if (!num) throw new UsageError(`${JSON.stringify(original)} is not an amount: ${ACCEPTED}`);
  let value = Number(num[0].replace(/,/g, ""));
  let rest = s.slice(num[0].length).trim().toLowerCase();
  const scale = /^([a-z]+)\b\.?\s*/.exec(rest);
  if (scale && SCALES.has(scale[1]!)) {
    value *= SCALES.get(scale[1]!)!;
    rest = rest.slice(scale[0].length);
  }
  if (rest !== "") {
    const word = WORDS.get(rest.replace(/\.$/, ""));
    if (!word) throw new UsageError(`${JSON.stringify(original)}: "${rest}" is not a scale or currency; ${ACCEPTED}`);
    setCurrency(word);
  }
  if (!Number.isFinite(value)) throw new UsageError(`${JSON.stringify(original)} is too large to be a finite number`);
  return { value: negative && value !== 0 ? -value : value, currency };
}
