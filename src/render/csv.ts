import { csvPrecision, roundTo } from "./precision";

/**
 * RFC 4180 CSV: header + one line per row; numbers without grouping or units, rounded to the precision their
 * column's unit suffix states (src/render/precision.ts); missing values empty.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const precision = header.map(csvPrecision);
  const cell = (v: string | number | null, i: number) => {
    if (v === null) return "";
    const s = typeof v === "number" ? String(roundTo(v, precision[i] ?? 6)) : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map((v, i) => cell(v, i)).join(",")).join("\n")}\n`;
}
