import type { TradeReport } from "../core/trade";
import { renderChart } from "./chart";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING, scaleMillions, type Units, wrapLines } from "./format";
import { SIGN_NOTE } from "./signs";
import { renderTable } from "./table";

export interface TradeView {
  units: Units;
  chart: boolean;
  width: number;
  height?: number;
  colorOn: boolean;
}

const NAME: Record<string, string> = { exports: "Exports", imports: "Imports", balance: "Balance", total: "Total trade" };

export function renderTrade(r: TradeReport, o: TradeView): string {
  const c = palette(o.colorOn);
  const percent = r.unit === "percent";
  const money = r.real ? `${r.real.baseYear} $ ${o.units}` : `$ ${o.units}`;
  const unit = percent ? "%" : money;
  const fmt = (v: number | null | undefined) =>
    v === null || v === undefined
      ? MISSING
      : percent
        ? formatNumber(v, 1, { sign: true })
        : formatNumber(scaleMillions(v, o.units), 1, { sign: r.transform === "abs" });
  const what = r.series.map((s) => NAME[s]!.toLowerCase()).join(", ");
  const title = `US goods trade with South Korea${r.frequency === "monthly" ? ", monthly (not seasonally adjusted)" : ""}: ${what}${r.transform ? ` (${r.transformDefinition})` : ""}, ${r.range.from} → ${r.range.to}`;
  // a signed change of a negative balance is easy to misread: the words say which way the deficit moved
  const moves = r.rows.some((row) => row.balanceMove !== undefined);
  const out = [c.bold(title)];
  if (r.real)
    out.push(`Constant ${r.real.baseYear} dollars, deflated by ${r.real.deflator} (${r.real.baseYear} = ${r.real.baseIndex}).`);
  out.push("");
  out.push(
    renderTable(
      [
        { header: r.frequency === "annual" ? "Year" : "Month", align: "left" },
        ...r.series.map((s) => ({ header: `${NAME[s]}\n${unit}` })),
        ...(moves ? [{ header: "Balance\nin words", align: "left" as const }] : []),
      ],
      r.rows.map((row) => [row.period, ...r.series.map((s) => fmt(row[s])), ...(moves ? [row.balanceMove ?? MISSING] : [])]),
      o.colorOn,
    ),
  );
  if (o.chart && r.rows.length > 1) {
    out.push("");
    out.push(
      renderChart({
        title: `${what}, ${percent ? "%" : r.real ? `${r.real.baseYear} $ billions` : "$ billions"}`,
        labels: r.rows.map((row) => row.period),
        series: r.series.map((s) => ({
          name: NAME[s]!,
          values: r.rows.map((row) => (row[s] == null ? null : percent ? row[s]! : row[s]! / 1000)),
        })),
        width: o.width,
        height: o.height,
        colorOn: o.colorOn,
      }),
    );
  }
  if (r.series.includes("balance")) out.push(...wrapLines(SIGN_NOTE, o.width));
  out.push("");
  for (const n of r.notes) out.push(c.dim(`Note: ${n}`));
  for (const s of r.meta.sources) out.push(c.dim(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`));
  return `${out.join("\n")}\n`;
}

export function tradeCsv(r: TradeReport): string {
  const suffix = r.unit === "percent" ? "_pct" : r.real ? `_musd_${r.real.baseYear}` : "_musd";
  return toCsv(
    [r.frequency === "annual" ? "year" : "month", ...r.series.map((s) => `${s}${suffix}`)],
    r.rows.map((row) => [row.period, ...r.series.map((s) => row[s] ?? null)]),
  );
}
