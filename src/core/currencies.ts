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

/**
 * A currency code or word; `accepted` narrows the list named in the error to what the caller takes (rates: no USD).
 * A date given to convert's --from (a currency) points at --date.
 */
export function parseCurrency(flag: string, value: string, accepted: readonly Currency[] = CURRENCIES): Currency {
  const v = value.trim().toUpperCase();
  const found = CURRENCIES.find((c) => c === v) ?? CURRENCY_WORDS.get(value.trim().toLowerCase());
  if (!found || !accepted.includes(found)) {
    const dateHint =
      /^\d{4}(-\d{2}){0,2}$/.test(value.trim()) && flag === "--from"
        ? `; for the date of the rate use --date ${value.trim()}`
        : "";
    const what = found
      ? `${found} is not accepted here (the others are quoted against it)`
      : `${JSON.stringify(value)} is not a supported currency`;
    throw new UsageError(`${flag} ${what}: use one of ${accepted.join(", ")}${dateHint}`);
  }
  return found;
}
