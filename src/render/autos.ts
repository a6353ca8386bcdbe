import type { AutosReport } from "../core/autos";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";

const m = (v: number | null) => (v === null ? MISSING : formatNumber(v, 1));
const pc = (v: number | null) => (v === null ? MISSING : `${formatNumber(v, 1)}%`);
const b = (v: number | null) => (v === null ? null : v / 1000);
/** Machine output: $M to 0.1 and percentages to 0.01 (never float noise). */
const r1 = (v: number | null) => (v === null ? null : Number(v.toFixed(1)));
const r2 = (v: number | null) => (v === null ? null : Number(v.toFixed(2)));

/** "End-use 30000: passenger cars, new and used" → "passenger cars, new and used" (the table header). */
function short(product: string): string {
  return product.replace(/^[^:]*:\s*/, "");
}

export function renderAutos(r: AutosReport, o: View & { chart: boolean; height?: number }): string {
  // tables fit the width (src/render/table.ts): short headers, then the columns give way in `drop` order
  const doc = new Doc(o).title("The auto component of US-Korea goods trade, each side's basis, $ millions").blank();
  const note = (text: string) => doc.note(text, "Note: ", "  ");
  const source = (ids: string[]) => {
    for (const s of r.meta.sources.filter((x) => ids.includes(x.dataset)))
      doc.note(`${s.publisher}, ${s.title}: ${s.table}.${s.url ? ` ${s.url}` : ""}`, "Source: ", "  ");
  };

  // (a) US-reported
  const us = r.us;
  doc.title(`(a) ${us.basis}`);
  if (us.rows.length) {
    const others = us.classes.filter((k) => k !== us.total);
    doc.table(
      [
        { header: "Year", align: "left" },
        ...(us.total ? [{ header: "Automotive\ntotal" }] : []),
        ...others.map((k, i) => ({ header: short(k).replace(/, /g, ",\n"), drop: 3 + others.length - i })),
        { header: "All US imports\nfrom Korea", drop: 2 },
        { header: "Automotive\nshare" },
        { header: "US auto exports\nto Korea", drop: 1 },
      ],
      us.rows.map((x) => [
        String(x.year),
        ...(us.total ? [m(x.automotive)] : []),
        ...others.map((k) => m(x.byClass[k] ?? null)),
        x.currentAllImports === null ? m(x.allImports) : `${m(x.allImports)}\n(now ${m(x.currentAllImports)})`,
        pc(x.share),
        "not found",
      ]),
    );
    if (o.chart && us.rows.length > 1)
      doc.blank().chart({
        title: "US imports from Korea by end-use class, $ billions (US-reported)",
        labels: us.rows.map((x) => String(x.year)),
        series: us.classes
          .filter((k) => us.rows.some((x) => (x.byClass[k] ?? 0) >= 100))
          .map((k) => ({ name: short(k), values: us.rows.map((x) => b(x.byClass[k] ?? null)) })),
        height: o.height ?? 10,
      });
  }
  for (const n of us.notes) note(n);
  source(us.sources);
  doc.blank();

  // (b) Korea-reported
  const kr = r.kr;
  doc.title(`(b) ${kr.basis}`);
  if (kr.rows.length) {
    doc.table(
      [
        { header: "Year", align: "left" },
        { header: "HS 87 exports\nto the US", short: "HS 87\nexports", drop: 3 },
        { header: "HS 87 imports\nfrom the US", short: "HS 87\nimports", drop: 2 },
        { header: "HS 87\nsurplus" },
        { header: "Korea's whole\nsurplus with US", short: "Whole\nsurplus", drop: 1 },
        { header: "Autos' share\nof the surplus", short: "Autos'\nshare" },
      ],
      kr.rows.map((x) => [String(x.year), m(x.exports), m(x.imports), m(x.balance), m(x.totalBalance), pc(x.share)]),
      { unitNote: "Whole surplus: Korea's whole goods surplus with the US; autos' share: of that surplus." },
    );
    if (kr.increase) {
      const i = kr.increase;
      doc.text(
        `${i.from} → ${i.to}: Korea's surplus with the US changed by ${formatNumber(i.total, 1, { sign: true })} $M, the HS 87 surplus by ${formatNumber(i.autos, 1, { sign: true })}: ${i.share === null ? "they moved opposite ways, so autos have no share of the change." : `autos account for ${formatNumber(i.share, 0)}% of the change.`}`,
      );
    }
    if (o.chart && kr.rows.length > 1)
      doc.blank().chart({
        title: "Korea's surplus with the US and its HS 87 part, $ billions (Korea-reported)",
        labels: kr.rows.map((x) => String(x.year)),
        series: [
          { name: "whole goods surplus", values: kr.rows.map((x) => b(x.totalBalance)) },
          { name: "HS 87 surplus", values: kr.rows.map((x) => b(x.balance)) },
          { name: "HS 87 imports from the US", values: kr.rows.map((x) => b(x.imports)) },
        ],
        height: o.height ?? 10,
      });
  }
  for (const n of kr.notes) note(n);
  source(kr.sources);
  doc.blank();
  for (const n of r.notes) note(n);
  return doc.toString();
}

/** One line per figure (long format): each line names its reporter and basis, so no row mixes the two. */
export function autosCsv(r: AutosReport): string {
  const rows: (string | number | null)[][] = [];
  for (const x of r.us.rows) {
    for (const k of r.us.classes)
      rows.push(["US", x.year, "imports_from_korea", k, r1(x.byClass[k] ?? null), "musd", "autos_annual"]);
    rows.push([
      "US",
      x.year,
      "imports_from_korea",
      "all US imports from Korea (same vintage)",
      r1(x.allImports),
      "musd",
      x.allImportsSource && `goods_vintages:${x.allImportsSource}`,
    ]);
    if (x.currentAllImports !== null)
      rows.push([
        "US",
        x.year,
        "imports_from_korea",
        "all US imports from Korea (current)",
        r1(x.currentAllImports),
        "musd",
        "goods_annual",
      ]);
    rows.push(["US", x.year, "imports_from_korea", "automotive share of all imports", r2(x.share), "pct", null]);
    rows.push(["US", x.year, "exports_to_korea", "automotive (end-use)", null, "musd", "not found"]);
  }
  for (const x of r.kr.rows) {
    rows.push(["KR", x.year, "exports_to_us", "HS 87", r1(x.exports), "musd", "autos_annual"]);
    rows.push(["KR", x.year, "imports_from_us", "HS 87", r1(x.imports), "musd", "autos_annual"]);
    rows.push(["KR", x.year, "balance", "HS 87", r1(x.balance), "musd", "autos_annual"]);
    rows.push(["KR", x.year, "balance", "all goods", r1(x.totalBalance), "musd", "korea_goods_annual"]);
    rows.push(["KR", x.year, "balance", "HS 87 share of all goods", r2(x.share), "pct", null]);
  }
  return toCsv(["reporter", "year", "flow", "measure", "value", "unit", "source"], rows);
}
