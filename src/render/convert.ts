import type { ConvertReport } from "../core/convert";
import type { Leg } from "../core/fx";
import { palette } from "./color";
import { currencySymbol, formatNumber } from "./format";

const WORD_SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** An amount in the words people use: "€11.56 billion", "₩32.03 trillion", "$950.0", four significant digits. */
export function moneyWords(value: number, currency: string): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const sym = currencySymbol(currency);
  for (const [size, word] of WORD_SCALES) {
    if (abs >= size * 0.9995) {
      const x = abs / size;
      return `${sign}${sym}${formatNumber(x, significantDecimals(x))} ${word}`;
    }
  }
  const decimals = currency === "KRW" || currency === "JPY" ? 0 : 2;
  return `${sign}${sym}${formatNumber(abs, decimals)}`;
}

function significantDecimals(x: number): number {
  if (x >= 1000) return 0;
  if (x >= 100) return 1;
  if (x >= 10) return 2;
  return 3;
}

export function legText(l: Leg): string {
  const decimals = l.rate >= 100 ? 2 : 4;
  return `1 ${l.base} = ${formatNumber(l.rate, decimals)} ${l.quote}`;
}

export function renderConvert(r: ConvertReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const lines = [`${moneyWords(r.input.amount, r.input.currency)} = ${c.bold(moneyWords(r.result, r.to))}`];
  for (const l of r.legs) {
    lines.push(`  rate: ${legText(l)}  (${l.label})`);
  }
  if (r.legs.length === 2) {
    const decimals = r.rate.rate >= 100 ? 2 : r.rate.rate >= 1 ? 4 : 6;
    lines.push(`  cross: 1 ${r.rate.base} = ${formatNumber(r.rate.rate, decimals)} ${r.rate.quote}`);
  }
  for (const n of r.notes) lines.push(c.dim(`  note: ${n}`));
  const seen = new Set<string>();
  for (const l of r.legs) {
    if (seen.has(l.dataset.dataset)) continue;
    seen.add(l.dataset.dataset);
    lines.push(c.dim(`  source: ${l.dataset.publisher}: ${l.dataset.title}${l.dataset.url ? ` ${l.dataset.url}` : ""}`));
  }
  return `${lines.join("\n")}\n`;
}
