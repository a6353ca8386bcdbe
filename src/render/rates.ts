import type { RatesReport } from "../core/rates";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";

export interface RatesView extends View {
  chart: boolean;
  height?: number;
}

const decimalsFor = (v: number) => (v >= 100 ? 2 : 4);
/** the order currency columns give way on a narrow terminal */
const DROP: Record<string, number> = { CNY: 1, JPY: 2, EUR: 3, KRW: 4 };

export function renderRates(r: RatesReport, o: RatesView): string {
  const doc = new Doc(o).title(`Exchange rates, ${r.frequency} averages, ${r.range.from} → ${r.range.to}`).blank();
  doc.table(
    [
      { header: r.frequency === "annual" ? "Year" : "Month", align: "left" },
      ...r.currencies.map((cur) => ({
        header: `${cur}\n${r.quotes[cur]}`,
        short: cur,
        drop: r.currencies.length > 1 ? DROP[cur] : undefined,
      })),
    ],
    r.rows.map((row) => [
      row.period,
      ...r.currencies.map((cur) => (row[cur] == null ? MISSING : formatNumber(row[cur]!, decimalsFor(row[cur]!)))),
    ]),
    { unitNote: `Quotes: ${r.currencies.map((cur) => r.quotes[cur]).join("; ")}.` },
  );
  if (o.chart) {
    for (const cur of r.currencies) {
      doc.blank().chart({
        title: `${cur}: ${r.quotes[cur]}`,
        labels: r.rows.map((row) => row.period),
        series: [{ name: cur, values: r.rows.map((row) => row[cur] ?? null) }],
        height: o.height ?? 8,
      });
    }
  }
  doc.blank();
  for (const n of r.notes) doc.note(`Note: ${n}`);
  doc.note(`Source: ${r.source.publisher}, ${r.source.title}. ${r.source.url ?? ""}`.trimEnd());
  return doc.toString();
}

export function ratesCsv(r: RatesReport): string {
  const cols = r.currencies.map((cur) => (cur === "EUR" ? "usd_per_eur" : `${cur.toLowerCase()}_per_usd`));
  // a derived rate is marked in a column of its own, next to the rate
  const marked = r.currencies.includes("EUR") ? ["usd_per_eur_derived"] : [];
  return toCsv(
    [r.frequency === "annual" ? "year" : "month", ...cols, ...marked],
    r.rows.map((row) => [
      row.period,
      ...r.currencies.map((cur) => row[cur] ?? null),
      ...(marked.length ? [row.EUR == null ? null : String(row.derived.includes("EUR"))] : []),
    ]),
  );
}
