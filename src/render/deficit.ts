import { type DeficitReport, type DeficitRow, periodOf } from "../core/deficit";
import { balanceMove } from "../core/signs";
import { palette } from "./color";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, formatPercent, MISSING, scaleMillions, shortMoney, type Units, unitLabel } from "./format";
import { SIGN_NOTE } from "./signs";
import type { Column } from "./table";

export interface ViewOptions extends View {
  units: Units;
  chart: boolean;
  height?: number;
}

function side(balanceMillions: number, currency: string): string {
  if (balanceMillions < 0) return `deficit ${shortMoney(balanceMillions, currency)}`;
  if (balanceMillions > 0) return `surplus ${shortMoney(balanceMillions, currency)}`;
  return "balanced";
}

/**
 * "US goods trade balance with South Korea, 2011 → 2016: deficit $13.2B → $27.6B, widened (×2.09, +15.9%/yr)".
 * The amounts are the deficit (or surplus) as a size; the ratio and rate are of that size; the words say which way.
 * Monthly: the last month beside the same month a year earlier (the series is not seasonally adjusted).
 */
export function deficitHeadline(r: DeficitReport): string {
  const cur = r.currency;
  const monthly = r.frequency === "monthly";
  const what = `US goods trade balance with South Korea${monthly ? ", monthly (not seasonally adjusted)" : ""}${cur === "USD" ? "" : ` in ${cur} at each period's rate`}`;
  if (monthly && r.yearEarlier) {
    const y = r.yearEarlier;
    return `${what}, ${r.last.period}: ${side(r.last.balance, cur)}, against ${side(y.balance, cur)} in ${y.period}: ${comparison(y.balance, r.last.balance, y.ratio, null, y.change, cur, true)}`;
  }
  if (r.first.period === r.last.period) return `${what}, ${r.first.period}: ${side(r.first.balance, cur)}`;
  const sameSide = Math.sign(r.first.balance) === Math.sign(r.last.balance) && r.first.balance !== 0;
  const lastText = sameSide ? shortMoney(r.last.balance, cur) : side(r.last.balance, cur);
  const head = `${what}, ${r.first.period} → ${r.last.period}: ${side(r.first.balance, cur)} → ${lastText}`;
  return `${head}, ${comparison(r.first.balance, r.last.balance, r.ratio, r.cagr, r.change, cur)}`;
}

/** "widened (×2.09, +15.9%/yr)", "turned to surplus (balance change +3.1 $ billions)" */
function comparison(
  before: number,
  after: number,
  ratio: number | null,
  cagr: number | null,
  change: number,
  cur: string,
  yearApart = false,
): string {
  const move = balanceMove(before, after).replace(/^(deficit|surplus) /, "");
  const extra: string[] = [];
  if (ratio !== null) extra.push(`×${formatNumber(ratio, 2)}`);
  if (cagr !== null) extra.push(`${formatPercent(cagr)}/yr`);
  // a year apart: the change of the size in percent is itself the yearly rate
  else if (ratio !== null && yearApart) extra.unshift(`${formatPercent(ratio - 1)}`);
  if (ratio === null)
    extra.push(`balance change ${formatNumber(change / 1000, 1, { sign: true })} ${unitLabel("billions", cur)}`);
  return extra.length ? `${move} (${extra.join(", ")})` : move;
}

export function renderDeficit(r: DeficitReport, o: ViewOptions): string {
  const c = palette(o.colorOn);
  const unit = unitLabel(o.units, r.currency);
  const money = (v: number | null, sign = false) => (v === null ? MISSING : formatNumber(scaleMillions(v, o.units), 1, { sign }));
  const signed = (v: number | null, text: string) => {
    if (!o.colorOn || v === null || v === 0) return text;
    return v < 0 ? c.red(text) : c.green(text);
  };
  const korusPeriods = new Set(r.markers.filter((m) => m.kind === "korus").map((m) => m.period));
  const eventCount = new Map<string, number>();
  for (const m of r.markers) if (m.kind === "event") eventCount.set(m.period, (eventCount.get(m.period) ?? 0) + 1);
  const periodHeader = r.frequency === "annual" ? "Year" : "Month";
  const per = r.frequency === "annual" ? "year" : "month";
  const columns: Column[] = [
    { header: periodHeader, align: "left" },
    { header: `Exports\n${unit}`, short: "Exports", drop: 3 },
    { header: `Imports\n${unit}`, short: "Imports", drop: 4 },
    { header: `Balance\n${unit}`, short: "Balance" },
    { header: `Change vs\nprev. ${per}`, short: "Change", drop: 2 },
    { header: "Note", align: "left", wrap: true, drop: 1 },
  ];
  const rows = r.rows.map((row: DeficitRow) => [
    periodOf(row),
    money(row.exports),
    money(row.imports),
    signed(row.balance, money(row.balance)),
    signed(row.change, money(row.change, true)),
    [
      noteWords(row),
      korusPeriods.has(periodOf(row)) ? "◆ KORUS" : "",
      eventCount.has(periodOf(row)) ? `▲${eventCount.get(periodOf(row))}` : "",
    ]
      .filter(Boolean)
      .join(" "),
  ]);
  const doc = new Doc(o).title(deficitHeadline(r)).blank();
  doc.table(columns, rows, { unitNote: `Exports, imports, balance and change vs the previous ${per} in ${unit}.` });
  const korus = r.markers.find((m) => m.kind === "korus");
  doc.text(
    `${SIGN_NOTE} Change: this ${r.frequency === "annual" ? "year's" : "month's"} balance minus the previous one, in words in the Note.${korus ? ` ◆ ${korus.label} ${korus.date}.` : ""}${eventCount.size ? " ▲n = n KORUS timeline events (listed below)." : ""}`,
  );
  if (o.chart) {
    doc.blank();
    const markerIndex = (period: string) => r.rows.findIndex((row) => periodOf(row) === period);
    const big = r.rows.some((row) => row.balance !== null && Math.abs(row.balance) >= 1e6);
    const chartUnits = big ? "trillions" : "billions";
    const scale = big ? 1e6 : 1e3;
    doc.chart({
      title: `US goods trade balance with South Korea, ${r.currency === "USD" ? "$" : r.currency} ${chartUnits}${r.currency === "USD" ? "" : " at each period's rate"} (below 0 = US deficit)`,
      labels: r.rows.map(periodOf),
      series: [{ name: "balance", values: r.rows.map((row) => (row.balance === null ? null : row.balance / scale)) }],
      height: o.height,
      markers: r.markers
        .map((m) => ({
          index: markerIndex(m.period),
          symbol: m.kind === "korus" ? "◆" : "▲",
          label: m.kind === "korus" ? `${m.date} ${m.label}` : "",
        }))
        .filter((m, i, all) => m.label !== "" || all.findIndex((x) => x.index === m.index) === i),
    });
  }
  const events = r.markers.filter((m) => m.kind === "event");
  if (events.length) {
    doc.blank().list(
      events.map((e) => `${e.date}  ${e.label}`),
      "KORUS timeline events (▲):",
      "  ▲ ",
    );
  }
  doc.blank();
  for (const note of r.notes) doc.note(`Note: ${note}`);
  if (r.rateSource) doc.note(`Rates: ${r.rateSource.publisher}, ${r.rateSource.title}. ${r.rateSource.url ?? ""}`.trimEnd());
  doc.note(
    `Source: ${r.source.publisher}, ${r.source.title}; ${r.source.basis}. Vintage: ${r.source.vintage}. ${r.source.url ?? ""}`.trimEnd(),
  );
  return doc.toString();
}

/** "deficit widened", "surplus", "no rate": the row's side of the balance and, with a change, which way it moved. */
function noteWords(row: DeficitRow): string {
  if (row.balance === null) return "no rate";
  if (row.change !== null) return balanceMove(row.balance - row.change, row.balance);
  return row.balance < 0 ? "deficit" : row.balance > 0 ? "surplus" : "";
}

export function deficitCsv(r: DeficitReport): string {
  const key = r.frequency === "annual" ? "year" : "month";
  return toCsv(
    r.currency === "USD"
      ? [key, "exports_musd", "imports_musd", "balance_musd", "change_musd", "source_id"]
      : [
          key,
          `exports_m${r.currency.toLowerCase()}`,
          `imports_m${r.currency.toLowerCase()}`,
          `balance_m${r.currency.toLowerCase()}`,
          `change_m${r.currency.toLowerCase()}`,
          `${r.currency.toLowerCase()}_per_usd`,
          "source_id",
        ],
    r.rows.map((row) =>
      r.currency === "USD"
        ? [periodOf(row), row.exports, row.imports, row.balance, row.change, row.sourceId]
        : [periodOf(row), row.exports, row.imports, row.balance, row.change, row.perUsd ?? null, row.sourceId],
    ),
  );
}
