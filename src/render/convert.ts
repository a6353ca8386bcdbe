import type { ConvertReport } from "../core/convert";
import type { Leg } from "../core/fx";
import { palette } from "./color";
import type { View } from "./doc";
import { currencySymbol, formatNumber, wrapLines } from "./format";
import { displayWidth, toAscii } from "./text-width";

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

export function renderConvert(r: ConvertReport, view: View): string {
  const c = palette(view.colorOn);
  const tx = (t: string) => (view.ascii ? toAscii(t) : t);
  const lines: string[] = [];
  const wrap = (text: string, first: string, rest: string) => lines.push(...wrapLines(tx(text), view.width, first, rest));
  const head = `${tx(moneyWords(r.input.amount, r.input.currency))} = `;
  const result = tx(moneyWords(r.result, r.to));
  lines.push(displayWidth(head + result) <= view.width ? head + c.bold(result) : `${head.trimEnd()}\n  ${c.bold(result)}`);
  for (const l of r.legs) wrap(`${legText(l)}  (${l.label})`, "  rate: ", "    ");
  if (r.legs.length === 2) {
    const decimals = r.rate.rate >= 100 ? 2 : r.rate.rate >= 1 ? 4 : 6;
    wrap(`1 ${r.rate.base} = ${formatNumber(r.rate.rate, decimals)} ${r.rate.quote}`, "  cross: ", "    ");
  }
  const dim = (from: number) => {
    for (let i = from; i < lines.length; i++) lines[i] = c.dim(lines[i]!);
  };
  const notesFrom = lines.length;
  for (const n of r.notes) wrap(n, "  note: ", "    ");
  const seen = new Set<string>();
  for (const l of r.legs) {
    if (seen.has(l.dataset.dataset)) continue;
    seen.add(l.dataset.dataset);
    wrap(`${l.dataset.publisher}: ${l.dataset.title}${l.dataset.url ? ` ${l.dataset.url}` : ""}`, "  source: ", "    ");
  }
  dim(notesFrom);
  return `${lines.join("\n")}\n`;
}
