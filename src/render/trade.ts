import type { TradeReport } from "../core/trade";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING, scaleMillions, type Units } from "./format";
import { SIGN_NOTE } from "./signs";
import type { Column } from "./table";

export interface TradeView extends View {
  units: Units;
  chart: boolean;
  height?: number;
}

const NAME: Record<string, string> = { exports: "Exports", imports: "Imports", balance: "Balance", total: "Total trade" };
/** the order series columns give way on a narrow terminal: the balance last */
const DROP: Record<string, number> = { total: 1, imports: 2, exports: 3, balance: 4 };

export function renderTrade(r: TradeReport, o: TradeView): string {
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
  const doc = new Doc(o).title(title);
  if (r.real)
    doc.text(`Constant ${r.real.baseYear} dollars, deflated by ${r.real.deflator} (${r.real.baseYear} = ${r.real.baseIndex}).`);
  doc.blank();
  const columns: Column[] = [
    { header: r.frequency === "annual" ? "Year" : "Month", align: "left" },
    ...r.series.map((s) => ({ header: `${NAME[s]}\n${unit}`, short: NAME[s]!, drop: r.series.length > 1 ? DROP[s] : undefined })),
    ...(moves ? [{ header: "Balance\nin words", align: "left" as const, wrap: true }] : []),
  ];
  doc.table(
    columns,
    r.rows.map((row) => [row.period, ...r.series.map((s) => fmt(row[s])), ...(moves ? [row.balanceMove ?? MISSING] : [])]),
    { unitNote: `Figures in ${unit}.` },
  );
  if (o.chart) {
    doc.blank().chart({
      title: `${what}, ${percent ? "%" : r.real ? `${r.real.baseYear} $ billions` : "$ billions"}`,
      labels: r.rows.map((row) => row.period),
      series: r.series.map((s) => ({
        name: NAME[s]!,
        values: r.rows.map((row) => (row[s] == null ? null : percent ? row[s]! : row[s]! / 1000)),
      })),
      height: o.height,
    });
  }
  if (r.series.includes("balance")) doc.text(SIGN_NOTE);
  doc.blank();
  for (const n of r.notes) doc.note(`Note: ${n}`);
  for (const s of r.meta.sources) doc.note(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`);
  return doc.toString();
}

export function tradeCsv(r: TradeReport): string {
  const suffix = r.unit === "percent" ? "_pct" : r.real ? `_musd_${r.real.baseYear}` : "_musd";
  return toCsv(
    [r.frequency === "annual" ? "year" : "month", ...r.series.map((s) => `${s}${suffix}`)],
    r.rows.map((row) => [row.period, ...r.series.map((s) => row[s] ?? null)]),
  );
}
