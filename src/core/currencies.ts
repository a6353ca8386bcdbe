import { UsageError } from "../errors";

/** Choices in one place: commander options, completion, parsers and types all use these. */
export const CURRENCIES = ["USD", "EUR", "KRW", "JPY", "CNY"] as const;
export type Currency = (typeof CURRENCIES)[number];
export type Foreign = Exclude<Currency, "USD">;
export const FOREIGN: readonly Foreign[] = ["KRW", "EUR", "JPY", "CNY"];
export const RATE_SOURCES = ["ecb", "fed"] as const;

export const CURRENCY_WORDS = new Map<string, Currency>([
  ["usd", "USD"],
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["us dollars", "USD"],
  ["us dollar", "USD"],
  ["eur", "EUR"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["krw", "KRW"],
  ["won", "KRW"],
  ["korean won", "KRW"],
  ["jpy", "JPY"],
  ["yen", "JPY"],
  ["japanese yen", "JPY"],
  ["cny", "CNY"],
  ["yuan", "CNY"],
  ["rmb", "CNY"],
  ["renminbi", "CNY"],
  ["chinese yuan", "CNY"],
]);

export function parseCurrency(flag: string, value: string): Currency {
  const v = value.trim().toUpperCase();
  const found = CURRENCIES.find((c) => c === v) ?? CURRENCY_WORDS.get(value.trim().toLowerCase());
  if (!found)
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a supported currency: use one of ${CURRENCIES.join(", ")}`);
  return found;
}
