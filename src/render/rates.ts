import type { RatesReport } from "../core/rates";
import { renderChart } from "./chart";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING } from "./format";
import { renderTable } from "./table";

export interface RatesView {
  chart: boolean;
  width: number;
  height?: number;
  colorOn: boolean;
}

const decimalsFor = (v: number) => (v >= 100 ? 2 : 4);

export function renderRates(r: RatesReport, o: RatesView): string {
  const c = palette(o.colorOn);
  const out = [c.bold(`Exchange rates, ${r.frequency} averages, ${r.range.from} → ${r.range.to}`), ""];
  out.push(
    renderTable(
      [
        { header: r.frequency === "annual" ? "Year" : "Month", align: "left" },
        ...r.currencies.map((cur) => ({ header: `${cur}\n${r.quotes[cur]}` })),
      ],
      r.rows.map((row) => [
        row.period,
        ...r.currencies.map((cur) => (row[cur] == null ? MISSING : formatNumber(row[cur]!, decimalsFor(row[cur]!)))),
      ]),
      o.colorOn,
    ),
  );
  if (o.chart && r.rows.length > 1) {
    for (const cur of r.currencies) {
      out.push("");
      out.push(
        renderChart({
          title: `${cur}: ${r.quotes[cur]}`,
          labels: r.rows.map((row) => row.period),
          series: [{ name: cur, values: r.rows.map((row) => row[cur] ?? null) }],
          width: o.width,
          height: o.height ?? 8,
          colorOn: o.colorOn,
        }),
      );
    }
  }
  out.push("");
  for (const n of r.notes) out.push(c.dim(`Note: ${n}`));
  out.push(c.dim(`Source: ${r.source.publisher}, ${r.source.title}. ${r.source.url ?? ""}`.trimEnd()));
  return `${out.join("\n")}\n`;
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
