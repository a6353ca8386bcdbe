/**
 * The precision of every number in --json and --csv (README "Precision of machine output", `korus help formats`).
 * Core returns raw numbers (a converted balance is millions × a rate, a percent change a quotient); rounding them to
 * what the sources publish, or to a stated precision for computed values, belongs to serialisation, here, so that
 * `--json` and `--csv` never print float noise such as 16.616400000000002.
 *
 * Money follows the unit it is in: millions (Census publishes $0.1M) to 1 decimal, billions to 4 (still $0.1M).
 * Exchange rates: 4 decimals as H.10 publishes them, or 6 significant digits where that is finer (a derived rate
 * below 1, such as 0.875887 euros per dollar). Percentages: 2 decimals. Converted amounts (`convert`): 2 decimals.
 * Everything else that is computed (ratios, growth rates as fractions): 6 decimals.
 */
export type Precision = number | "rate";

export const PRECISION = {
  millions: 1,
  billions: 4,
  percent: 2,
  amount: 2,
  computed: 6,
} as const;

const RATE_KEYS = new Set(["perUsd", "rate", "KRW", "EUR", "JPY", "CNY", "usdPerEur"]);

/** Decimals for a JSON field `key` inside an object whose nearest `unit` is `unit`. */
export function precisionFor(key: string, unit: string | undefined): Precision {
  if (RATE_KEYS.has(key)) return "rate";
  if (key === "result" || key === "amount") return PRECISION.amount;
  if (["ratio", "cagr", "actual", "share", "baseIndex"].includes(key)) return PRECISION.computed;
  if (unit?.startsWith("millions")) return PRECISION.millions;
  if (unit?.startsWith("billions")) return PRECISION.billions;
  if (unit === "percent") return PRECISION.percent;
  return PRECISION.computed;
}

/** Decimals for a CSV column, from its header's unit suffix. */
export function csvPrecision(header: string): Precision {
  if (/_per_(usd|eur)$/.test(header)) return "rate";
  if (/_m[a-z]{3}(_\d{4})?$/.test(header)) return PRECISION.millions;
  if (/_b[a-z]{3}$/.test(header)) return PRECISION.billions;
  if (/_pct$/.test(header)) return PRECISION.percent;
  return PRECISION.computed;
}

/** `value` rounded to `p`, printed by JavaScript in its shortest form: 16.616400000000002 → 16.6164. */
export function roundTo(value: number, p: Precision): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  let decimals = p === "rate" ? Math.max(4, 5 - Math.floor(Math.log10(Math.abs(value)))) : p;
  decimals = Math.min(decimals, 20);
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A deep copy of a report with every number rounded to its field's precision (the JSON serialisation step). */
export function roundForOutput<T>(value: T, key = "", unit?: string): T {
  if (typeof value === "number") return roundTo(value, precisionFor(key, unit)) as T;
  if (Array.isArray(value)) return value.map((v) => roundForOutput(v, key, unit)) as T;
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const inner = typeof obj.unit === "string" ? obj.unit : unit;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = roundForOutput(v, k, inner);
    return out as T;
  }
  return value;
}
