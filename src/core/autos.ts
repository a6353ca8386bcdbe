import type { Span } from "../data/facts";
import type { AutosRow, Dataset } from "../data/schema";
import { articlePeriod } from "./korus";
import { checkOrder, parseYearFlag } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { knownBy, releasesOf, sourceRef } from "./sources";

/**
 * The auto component of US-Korea goods trade, each basis in its own section and never summed across them:
 * (a) US-reported (Census end-use) imports from Korea by class, with the automotive share of all US imports
 * from Korea; (b) Korea-reported HS 87 trade with the US, the auto surplus and its share of Korea's surplus.
 */
export interface AutosUsRow {
  year: number;
  /** $M by end-use class, in the order of `classes` */
  byClass: Record<string, number | null>;
  /** the automotive total (the class that is the sum of the others), $M */
  automotive: number | null;
  /** all US imports from Korea in the Census release of the same vintage as the end-use workbook, $M */
  allImports: number | null;
  /** the release the denominator comes from (a source_id of the vintages file, or of the annual file) */
  allImportsSource: string | null;
  /** automotive / allImports × 100, unrounded */
  share: number | null;
  /** the current annual total (us_korea_goods_annual.csv), $M, where it differs from allImports (a later revision) */
  currentAllImports: number | null;
}

export interface AutosKrRow {
  year: number;
  /** Korea's HS 87 exports to the US, f.o.b., $M */
  exports: number | null;
  /** Korea's HS 87 imports from the US, c.i.f., $M */
  imports: number | null;
  /** the HS 87 surplus (exports - imports), $M */
  balance: number | null;
  /** Korea's whole goods surplus with the US, same basis (korea_goods_annual), $M */
  totalBalance: number | null;
  /** balance / totalBalance × 100, unrounded (above 100: autos exceed the whole surplus) */
  share: number | null;
}

export interface AutosReport extends ReportHeader<"autos"> {
  range: { from: string; to: string };
  unit: string;
  us: {
    reporter: "US";
    basis: string;
    /** ids (in meta.sources) of the auto figures and of the Census releases the share's denominator comes from */
    sources: string[];
    coverage: Span | null;
    /** the years shown: the range clipped to the coverage; null when none fall in it */
    shown: { from: string; to: string } | null;
    /** end-use classes as the data name them; the total first */
    classes: string[];
    total: string | null;
    rows: AutosUsRow[];
    /** US auto exports to Korea by end-use class: not in the data (a gap, never a zero) */
    exportsToKorea: null;
    notes: string[];
  };
  kr: {
    reporter: "KR";
    basis: string;
    /** ids (in meta.sources) of the auto figures and of Korea's whole trade with the US */
    sources: string[];
    coverage: Span | null;
    shown: { from: string; to: string } | null;
    product: string | null;
    rows: AutosKrRow[];
    /** the share of the change in Korea's surplus that the HS 87 surplus accounts for; share null when they moved opposite ways */
    increase: { from: number; to: number; autos: number; total: number; share: number | null } | null;
    notes: string[];
  };
  notes: string[];
}

const UNIT = "millions of US dollars";

/** The class whose value is the sum of the others, every year (the end-use total); null if none is. */
function totalClass(rows: AutosRow[], classes: string[]): string | null {
  const years = [...new Set(rows.map((r) => r.year))];
  const value = (y: number, c: string) => rows.find((r) => r.year === y && r.product === c)?.value;
  return (
    classes.find((c) =>
      years.every((y) => {
        const t = value(y, c);
        const rest = classes.filter((o) => o !== c).map((o) => value(y, o));
        return t !== undefined && rest.every((v) => v !== undefined) && Math.abs(t - rest.reduce((s, v) => s + v!, 0)) <= 0.2;
      }),
    ) ?? null
  );
}

function clip(cov: Span | null, from: number, to: number): { from: string; to: string } | null {
  if (!cov) return null;
  const a = Math.max(from, Number(cov.from));
  const b = Math.min(to, Number(cov.to));
  return a > b ? null : { from: String(a), to: String(b) };
}

function clipNote(
  what: string,
  cov: Span | null,
  shown: { from: string; to: string } | null,
  from: number,
  to: number,
  explicit: boolean,
) {
  if (!cov) return [`No ${what} figures are bundled.`];
  if (!explicit) return [];
  if (!shown) return [`No ${what} figures in ${from}-${to}: they cover ${cov.from}-${cov.to}.`];
  if (shown.from !== String(from) || shown.to !== String(to))
    return [
      `${what} figures cover ${cov.from}-${cov.to}, so only ${shown.from === shown.to ? `${shown.from} is` : `${shown.from}-${shown.to} are`} shown (of ${from}-${to}).`,
    ];
  return [];
}

function usSection(ds: Dataset, from: number, to: number, explicit: boolean): AutosReport["us"] {
  const cov = ds.facts.autos.US;
  const shown = clip(cov, from, to);
  const all = ds.autos.filter((r) => r.reporter === "US" && r.flow === "imports_from_korea");
  const classes0 = [...new Set(all.map((r) => r.product))];
  const total = totalClass(all, classes0);
  const classes = total ? [total, ...classes0.filter((c) => c !== total)] : classes0;
  // the denominator: the Census release known when the end-use workbook was (the same vintage), not today's revision
  const copies = [...new Set(all.map((r) => r.sourceId))];
  const asOf = copies.map((id) => knownBy(ds, id)).sort()[0] ?? "9999-12-31";
  const rows: AutosUsRow[] = [];
  const differ: number[] = [];
  for (let y = shown ? Number(shown.from) : 1; shown && y <= Number(shown.to); y++) {
    const byClass = Object.fromEntries(classes.map((c) => [c, all.find((r) => r.year === y && r.product === c)?.value ?? null]));
    const automotive = total ? (byClass[total] ?? null) : null;
    const release = releasesOf(ds, y)
      .filter((v) => knownBy(ds, v.sourceId) <= asOf)
      .at(-1);
    const current = ds.goodsAnnual.find((g) => g.year === y) ?? null;
    const allImports = release?.imports ?? current?.imports ?? null;
    if (release && current && release.imports !== current.imports) differ.push(y);
    rows.push({
      year: y,
      byClass,
      automotive,
      allImports,
      allImportsSource: release?.sourceId ?? current?.sourceId ?? null,
      share: automotive === null || !allImports ? null : (automotive / allImports) * 100,
      currentAllImports: release && current && release.imports !== current.imports ? current.imports : null,
    });
  }
  const notes = clipNote("US end-use", cov, shown, from, to, explicit);
  const mixed = rows.filter(
    (r) => r.allImportsSource !== null && !ds.goodsVintages.some((v) => v.sourceId === r.allImportsSource),
  );
  if (rows.length)
    notes.push(
      `Share = automotive / all US imports from Korea in the Census release of the same vintage as the end-use workbook (known by ${asOf}: ${[...new Set(rows.map((r) => r.allImportsSource).filter((s) => s !== null))].join(", ")}).`,
    );
  if (differ.length)
    notes.push(
      `${compact(differ)}: Census has since revised all imports from Korea (the current total is shown beside it); the share keeps the workbook's vintage, so both parts come from one release.`,
    );
  if (mixed.length)
    notes.push(
      `${compact(mixed.map((r) => r.year))}: no release of the workbook's vintage is bundled; the share uses today's total and mixes vintages.`,
    );
  notes.push("US auto exports to Korea by end-use class: not found (a gap in the data, not a zero).");
  return {
    reporter: "US",
    basis: "US-reported: Census basis, general imports, customs value, by end-use class",
    sources: ["autos_annual", "goods_vintages", "goods_annual"],
    coverage: cov,
    shown,
    classes,
    total,
    rows,
    exportsToKorea: null,
    notes,
  };
}

function compact(years: number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(", ");
}

function krSection(ds: Dataset, from: number, to: number, explicit: boolean): AutosReport["kr"] {
  const cov = ds.facts.autos.KR;
  const shown = clip(cov, from, to);
  const all = ds.autos.filter((r) => r.reporter === "KR");
  const row = (y: number): AutosKrRow => {
    const ex = all.find((r) => r.year === y && r.flow === "exports_to_us")?.value ?? null;
    const im = all.find((r) => r.year === y && r.flow === "imports_from_us")?.value ?? null;
    const balance = ex === null || im === null ? null : ex - im;
    const totalBalance = ds.koreaGoods.find((g) => g.year === y)?.balance ?? null;
    return {
      year: y,
      exports: ex,
      imports: im,
      balance,
      totalBalance,
      share: balance === null || !totalBalance ? null : (balance / totalBalance) * 100,
    };
  };
  const rows: AutosKrRow[] = [];
  for (let y = shown ? Number(shown.from) : 1; shown && y <= Number(shown.to); y++) rows.push(row(y));
  const notes = clipNote("Korean HS 87", cov, shown, from, to, explicit);
  let increase: AutosReport["kr"]["increase"] = null;
  // the increase is measured over the years shown when a range is asked for, else over the article's period
  const increaseSpan = explicit
    ? shown
      ? { from: Number(shown.from), to: Number(shown.to) }
      : { from: 0, to: 0 }
    : articlePeriod(ds.facts);
  const a = row(increaseSpan.from);
  const b = row(increaseSpan.to);
  if (
    increaseSpan.from < increaseSpan.to &&
    a.balance !== null &&
    b.balance !== null &&
    a.totalBalance !== null &&
    b.totalBalance !== null
  ) {
    const autos = b.balance - a.balance;
    const total = b.totalBalance - a.totalBalance;
    // a share of a change means something only when both moved the same way ("-372%" of a fall means nothing)
    const share = Math.sign(autos) === Math.sign(total) ? (autos / total) * 100 : null;
    if (total !== 0) increase = { from: increaseSpan.from, to: increaseSpan.to, autos, total, share };
  }
  notes.push(
    "HS 87 = vehicles other than railway, and parts: wider than cars (trucks, motorcycles, trailers), without engines (HS 84) or tires (HS 40). A share above 100% means autos alone exceed Korea's whole surplus with the US. The HS 87 surplus is computed from the figures shown (to 0.1 $M).",
  );
  return {
    reporter: "KR",
    basis: "Korea-reported: Korean customs, HS 87, exports f.o.b., imports c.i.f.; surplus = exports - imports",
    sources: ["autos_annual", "korea_goods_annual"],
    coverage: cov,
    shown,
    product: all[0]?.product ?? null,
    rows,
    increase,
    notes,
  };
}

export function autosReport(ds: Dataset, p: { from?: string; to?: string }): AutosReport {
  const spans = [ds.facts.autos.US, ds.facts.autos.KR].filter((s): s is Span => s !== null);
  const cov = {
    from: String(Math.min(...spans.map((s) => Number(s.from)))),
    to: String(Math.max(...spans.map((s) => Number(s.to)))),
  };
  const from = p.from !== undefined ? parseYearFlag("--from", p.from, cov) : Number(cov.from);
  const to = p.to !== undefined ? parseYearFlag("--to", p.to, cov) : Number(cov.to);
  checkOrder(from, to);
  const explicit = p.from !== undefined || p.to !== undefined;
  const us = usSection(ds, from, to, explicit);
  const kr = krSection(ds, from, to, explicit);
  return {
    ...reportHeader("autos", [
      sourceRef(ds, "autos_annual"),
      sourceRef(ds, "goods_vintages"),
      sourceRef(ds, "goods_annual"),
      sourceRef(ds, "korea_goods_annual"),
    ]),
    range: { from: String(from), to: String(to) },
    unit: UNIT,
    us,
    kr,
    notes: [
      "Each side's figures are on its own basis (US: Census end-use imports; Korea: customs HS 87) and are never summed or netted across bases.",
    ],
  };
}
