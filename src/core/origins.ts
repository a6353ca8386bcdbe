import { copiesText, KOREA_ROW_KINDS, type KoreaPartnerFacts } from "../data/facts";
import type { Dataset, KoreaPartnerRow } from "../data/schema";
import { UsageError } from "../errors";
import { countryNamed } from "./countries";
import { articlePeriod } from "./korus";
import { ORIGIN_FLOWS, type OriginFlow } from "./origin-flows";
import { checkOrder, parseYearFlag } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { periodNotes, sourceRef } from "./sources";

export { ORIGIN_FLOWS, type OriginFlow };

/**
 * Korea's crude-oil and LNG suppliers in the Gulf, whose sales to Korea fell with fuel prices between 2011 and
 * 2016 (data/SOURCES-korea-side.md §1.3: the four fell 89,441.0 → 40,026.4 $M, −55.2%). A fact about what
 * these partners sell, not about the data: declared here once, next to the note it feeds.
 */
export const FUEL_SUPPLIERS = {
  codes: ["SAU", "QAT", "KWT", "ARE"],
  reason: "Korea's crude-oil and LNG suppliers in the Gulf: their sales fell with fuel prices (SOURCES-korea-side.md §1.3)",
} as const;

/** The row the report adds: the world total minus the US, computed from the same file (code: the two codes, "WLD-USA"). */
export const WORLD_WITHOUT_US = "World without the US";

export type OriginKind = KoreaPartnerFacts["kind"] | "computed";

interface OriginRowBase {
  partner: string;
  code: string;
  /** world (the KOSIS total), group (EU28/EU27: a sum of members, not a member to add), country, or computed (world − US) */
  kind: OriginKind;
  /** how the figure was made, where it is not a reported country figure */
  label: string | null;
}

export interface OriginYearRow extends OriginRowBase {
  /** $M; null where the file has no figure */
  value: number | null;
  /** percent of the world total; null for the balance, and where either figure is missing */
  share: number | null;
  sourceId: string | null;
}

export interface OriginRangeRow extends OriginRowBase {
  from: number | null;
  to: number | null;
  /** to - from, $M */
  change: number | null;
  /** percent, unrounded (relative to |from| for the balance) */
  changePct: number | null;
  shareFrom: number | null;
  shareTo: number | null;
  /** one value per year of `years`, $M */
  values: (number | null)[];
  /** values indexed to the first year = 100 (null where either is missing, or the first is not positive) */
  index: (number | null)[];
}

interface Common {
  flow: OriginFlow;
  unit: string;
  basis: string;
  notes: string[];
}

export interface OriginsYearReport extends ReportHeader<"origins">, Common {
  view: "year";
  year: number;
  rows: OriginYearRow[];
  missing: string[];
}

export interface OriginsRangeReport extends ReportHeader<"origins">, Common {
  view: "range";
  range: { from: string; to: string };
  years: number[];
  /** aggregates first (world, world without the US), then partners by change, the missing last */
  rows: OriginRangeRow[];
  /** the article's point in numbers (imports and exports): the US against the world and the world without it */
  headline: {
    us: number | null;
    world: number | null;
    worldWithoutUs: number | null;
    /** partners (countries and groups) whose flow did not fall more than the US's: where the point does not hold */
    exceptions: { partner: string; code: string; changePct: number }[];
  } | null;
  /** imports only: the Gulf fuel suppliers' part of the fall */
  fuel: {
    partners: string[];
    codes: string[];
    reason: string;
    from: number;
    to: number;
    changePct: number;
    /** the world without the US and these suppliers */
    restFrom: number;
    restTo: number;
    restChangePct: number;
  } | null;
  /** codes of the rows the chart draws */
  chart: string[];
}

const BASIS: Record<OriginFlow, string> = {
  imports: "Korea-reported, imports c.i.f.",
  exports: "Korea-reported, exports f.o.b.",
  balance: "Korea-reported, exports f.o.b. - imports c.i.f. (Korea's surplus +)",
};

const UNIT = "millions of US dollars";

function labelOf(p: KoreaPartnerFacts): string | null {
  return p.kind === "group" ? "sum of members" : p.kind === "world" ? "reported total" : null;
}

function flowValue(r: KoreaPartnerRow | undefined, flow: OriginFlow): number | null {
  return r === undefined ? null : flow === "imports" ? r.imports : flow === "exports" ? r.exports : r.balance;
}

/** A partner of Korea's file as typed: its name, ISO code, a word for it, its kebab-case name or its initials ("us", "uae"). */
export function originNamed(ds: Dataset, text: string): KoreaPartnerFacts | null {
  const t = text.trim().toLowerCase().replace(/[-_]+/g, " ");
  const all = ds.facts.koreaPartners;
  const plain = (name: string) => name.replace(/\s*\(.*\)$/, "").toLowerCase();
  const initials = (name: string) => {
    const words = plain(name).split(" ");
    return words.length > 1 ? words.map((w) => w[0]).join("") : null;
  };
  const exact = all.find((p) => p.name.toLowerCase() === t || plain(p.name) === t || p.code.toLowerCase() === t);
  if (exact) return exact;
  const c = countryNamed(text);
  const viaGazetteer = c ? all.find((p) => p.name === c.name) : undefined;
  return viaGazetteer ?? all.find((p) => initials(p.name) === t) ?? null;
}

function chosenCodes(ds: Dataset, names: string[]): Set<string> | null {
  if (names.length === 0) return null;
  const chosen = new Set<string>();
  for (const n of names) {
    const p = originNamed(ds, n);
    if (!p)
      throw new UsageError(
        `${JSON.stringify(n)} is not a partner in Korea's file: it holds ${ds.facts.koreaPartners.map((x) => x.name).join(", ")}`,
      );
    chosen.add(p.code);
  }
  return chosen;
}

/** The latest year in which every partner of the file has a figure for the flow. */
function lastComplete(ds: Dataset, flow: OriginFlow): number {
  const years = [...new Set(ds.koreaPartners.map((r) => r.year))].sort((a, b) => b - a);
  const codes = ds.facts.koreaPartners.map((p) => p.code);
  const full = years.find((y) =>
    codes.every(
      (c) =>
        flowValue(
          ds.koreaPartners.find((r) => r.year === y && r.partnerCode === c),
          flow,
        ) !== null,
    ),
  );
  return full ?? Number(coverage(ds).to);
}

function coverage(ds: Dataset) {
  return ds.facts.koreaPartnerYears;
}

function rowsOf(ds: Dataset, year: number, flow: OriginFlow) {
  const world = ds.facts.koreaPartners.find((p) => p.kind === "world");
  const us = ds.facts.koreaUs;
  const find = (code: string) => ds.koreaPartners.find((r) => r.year === year && r.partnerCode === code);
  const v = (code: string | undefined) => (code === undefined ? null : flowValue(find(code), flow));
  const wld = v(world?.code);
  const usV = v(us);
  return {
    world: wld,
    reported: ds.facts.koreaPartners.map((p) => ({ p, value: v(p.code), sourceId: find(p.code)?.sourceId ?? null })),
    withoutUs: wld === null || usV === null ? null : wld - usV,
  };
}

/** A percent change, none across a change of sign (a surplus turned deficit has no percent change). */
const pct = (a: number | null, b: number | null) =>
  a === null || b === null || a === 0 || Math.sign(a) !== Math.sign(b) ? null : ((b - a) / Math.abs(a)) * 100;
const shareOf = (v: number | null, world: number | null, flow: OriginFlow) =>
  flow === "balance" || v === null || world === null || world === 0 ? null : (v / world) * 100;

function withoutUsRow(ds: Dataset): OriginRowBase {
  const us = ds.facts.koreaPartners.find((p) => p.code === ds.facts.koreaUs)!;
  const world = ds.facts.koreaPartners.find((p) => p.kind === "world");
  const wld = world?.code ?? "world";
  return { partner: WORLD_WITHOUT_US, code: `${wld}-${us.code}`, kind: "computed", label: `computed: ${wld} - ${us.code}` };
}

function commonNotes(ds: Dataset, flow: OriginFlow, shown: { code: string; kind: OriginKind }[], years: number[]): string[] {
  const groups = ds.facts.koreaPartners.filter((p) => p.kind === "group" && shown.some((x) => x.code === p.code));
  const us = ds.facts.koreaPartners.find((p) => p.code === ds.facts.koreaUs)!;
  const base = (code: string, y: number) =>
    ds.koreaPartners.find((r) => r.partnerCode === code && r.year === y)?.sourceId.split(":")[0];
  const world = ds.facts.koreaPartners.find((p) => p.kind === "world")?.code ?? "";
  // 2024-2025: the world total and the US figure come from different preliminary releases
  const mixed = years.filter((y) => base(world, y) && base(us.code, y) && base(world, y) !== base(us.code, y));
  const notes = [
    `${WORLD_WITHOUT_US} is computed: the world total minus ${us.name}, each as the file gives it. Partner rows do not add up to the world total.${mixed.length ? ` In ${mixed.join(", ")} the two figures come from different releases (see the sources), so the difference mixes them.` : ""}`,
  ];
  if (groups.length)
    notes.push(
      `${groups.map((g) => g.code).join(" and ")} are sums of member rows with a fixed membership (sum of members), shown for comparison: they overlap the countries and each other, and are never added to anything.`,
    );
  if (flow === "balance")
    notes.push("Balance = Korea's exports - imports (positive: a Korean surplus); its percent change is relative to its size.");
  // where the figures shown come from more than one release (2024-2025 preliminaries), say which
  const used = ds.koreaPartners.filter(
    (r) => years.includes(r.year) && shown.some((x) => x.code === r.partnerCode) && flowValue(r, flow) !== null,
  );
  // a figure the file derives rather than states (suffix imports_derived: 2024 imports from the US = exports - the
  // stated surplus); the suffix names the flow it concerns
  for (const r of used) {
    const suffix = r.sourceId.split(":")[1];
    if (suffix && !(suffix in KOREA_ROW_KINDS) && suffix.split("_")[0] === flow)
      notes.push(`${r.partner} ${r.year}: ${ds.meta.suffixes[suffix] ?? suffix}.`);
  }
  if (new Set(used.map((r) => r.sourceId.split(":")[0])).size > 1)
    notes.push(
      `The figures come from more than one release: ${copiesText(used.map((r) => ({ period: String(r.year), sourceId: r.sourceId, partner: r.partner })))}.`,
    );
  return notes;
}

export function originsYear(
  ds: Dataset,
  flow: OriginFlow,
  yearText: string | undefined,
  chosen: Set<string> | null,
): OriginsYearReport {
  const year = yearText !== undefined ? parseYearFlag("--year", yearText, coverage(ds)) : articlePeriod(ds.facts).to;
  const r = rowsOf(ds, year, flow);
  const rows: OriginYearRow[] = [];
  for (const { p, value, sourceId } of r.reported) {
    rows.push({
      partner: p.name,
      code: p.code,
      kind: p.kind,
      label: labelOf(p),
      value,
      share: shareOf(value, r.world, flow),
      sourceId,
    });
    if (p.code === ds.facts.koreaUs)
      rows.push({ ...withoutUsRow(ds), value: r.withoutUs, share: shareOf(r.withoutUs, r.world, flow), sourceId: null });
  }
  const shown = rows.filter((x) => keep(ds, x, chosen));
  const missing = shown.filter((x) => x.value === null).map((x) => x.partner);
  const notes = commonNotes(ds, flow, shown, [year]);
  if (missing.length) notes.push(`No ${flow} figure in ${year} for ${missing.join(", ")}: shown as missing.`);
  notes.push(...periodNotes(ds, "korea_partners_annual", String(year), String(year)));
  const order = (x: OriginYearRow) => (x.kind === "world" ? 0 : x.kind === "computed" ? 1 : 2);
  return {
    ...reportHeader("origins", [sourceRef(ds, "korea_partners_annual")]),
    view: "year",
    flow,
    unit: UNIT,
    basis: BASIS[flow],
    year,
    rows: shown.sort((a, b) => order(a) - order(b) || (b.value ?? -Infinity) - (a.value ?? -Infinity)),
    missing,
    notes,
  };
}

/** Aggregates and the US are always shown: they are what the partners are compared with. */
function keep(ds: Dataset, x: { code: string; kind: OriginKind }, chosen: Set<string> | null): boolean {
  return chosen === null || x.kind === "world" || x.kind === "computed" || x.code === ds.facts.koreaUs || chosen.has(x.code);
}

export function originsRange(
  ds: Dataset,
  flow: OriginFlow,
  fromText: string | undefined,
  toText: string | undefined,
  chosen: Set<string> | null,
): OriginsRangeReport {
  const cov = coverage(ds);
  const article = articlePeriod(ds.facts);
  const from = fromText !== undefined ? parseYearFlag("--from", fromText, cov) : article.from;
  // after the article's period, the default end is the latest year every partner has a figure for
  const to =
    toText !== undefined
      ? parseYearFlag("--to", toText, cov)
      : from < article.to
        ? article.to
        : Math.max(from, lastComplete(ds, flow));
  checkOrder(from, to);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const perYear = years.map((y) => rowsOf(ds, y, flow));
  const build = (base: OriginRowBase, values: (number | null)[]): OriginRangeRow => {
    const a = values[0] ?? null;
    const b = values.at(-1) ?? null;
    const worldA = perYear[0]!.world;
    const worldB = perYear.at(-1)!.world;
    return {
      ...base,
      from: a,
      to: b,
      change: a === null || b === null ? null : b - a,
      changePct: pct(a, b),
      shareFrom: shareOf(a, worldA, flow),
      shareTo: shareOf(b, worldB, flow),
      values,
      index: values.map((v) => (v === null || a === null || a <= 0 ? null : (v / a) * 100)),
    };
  };
  const all: OriginRangeRow[] = ds.facts.koreaPartners.map((p, i) =>
    build(
      { partner: p.name, code: p.code, kind: p.kind, label: labelOf(p) },
      perYear.map((y) => y.reported[i]!.value),
    ),
  );
  all.push(
    build(
      withoutUsRow(ds),
      perYear.map((y) => y.withoutUs),
    ),
  );
  const byCode = (code: string) => all.find((x) => x.code === code);
  const world = all.find((x) => x.kind === "world");
  const withoutUs = all.find((x) => x.kind === "computed")!;
  const us = byCode(ds.facts.koreaUs)!;
  const rank = (x: OriginRangeRow) => (x.kind === "world" ? 0 : x.kind === "computed" ? 1 : x.changePct === null ? 3 : 2);
  const sortKey = (x: OriginRangeRow) => (flow === "balance" ? x.change : x.changePct) ?? 0;
  const rows = all.filter((x) => keep(ds, x, chosen)).sort((a, b) => rank(a) - rank(b) || sortKey(a) - sortKey(b));

  const headline =
    flow === "balance"
      ? null
      : {
          us: us.changePct,
          world: world?.changePct ?? null,
          worldWithoutUs: withoutUs.changePct,
          exceptions:
            flow === "imports" && us.changePct !== null
              ? all
                  .filter((x) => (x.kind === "country" || x.kind === "group") && x.code !== us.code)
                  .filter((x): x is OriginRangeRow & { changePct: number } => x.changePct !== null && x.changePct > us.changePct!)
                  .sort((a, b) => a.changePct - b.changePct)
                  .map((x) => ({ partner: x.partner, code: x.code, changePct: x.changePct }))
              : [],
        };

  const notes = commonNotes(ds, flow, rows, [from, to]);
  const missing = rows.filter((x) => x.changePct === null && x.change === null).map((x) => x.partner);
  if (missing.length) notes.push(`No ${flow} figure in ${from} or ${to} for ${missing.join(", ")}: no change shown.`);
  notes.push(...periodNotes(ds, "korea_partners_annual", String(from), String(to)));

  // the chart: the aggregates, the US, and the partners named (else the three largest other countries in the first year)
  const others = all
    .filter((x) => x.kind === "country" && x.code !== us.code && x.from !== null)
    .filter((x) => chosen === null || chosen.has(x.code));
  const picked = chosen === null ? [...others].sort((a, b) => b.from! - a.from!).slice(0, 3) : others.slice(0, 3);
  const chart = [world?.code, withoutUs.code, us.code, ...picked.map((x) => x.code)].filter((c): c is string => c !== undefined);

  return {
    ...reportHeader("origins", [sourceRef(ds, "korea_partners_annual")]),
    view: "range",
    flow,
    unit: UNIT,
    basis: BASIS[flow],
    range: { from: String(from), to: String(to) },
    years,
    rows,
    headline,
    fuel: flow === "imports" ? fuelNote(all, us, world) : null,
    chart,
    notes,
  };
}

function fuelNote(all: OriginRangeRow[], us: OriginRangeRow, world: OriginRangeRow | undefined): OriginsRangeReport["fuel"] {
  const fuel = FUEL_SUPPLIERS.codes.map((c) => all.find((x) => x.code === c));
  if (!world || world.from === null || world.to === null || us.from === null || us.to === null) return null;
  if (fuel.some((x) => x === undefined || x.from === null || x.to === null)) return null;
  const rows = fuel as (OriginRangeRow & { from: number; to: number })[];
  const from = rows.reduce((s, x) => s + x.from, 0);
  const to = rows.reduce((s, x) => s + x.to, 0);
  const restFrom = world.from - us.from - from;
  const restTo = world.to - us.to - to;
  const changePct = pct(from, to);
  const restChangePct = pct(restFrom, restTo);
  if (changePct === null || restChangePct === null) return null;
  return {
    partners: rows.map((x) => x.partner),
    codes: rows.map((x) => x.code),
    reason: FUEL_SUPPLIERS.reason,
    from,
    to,
    changePct,
    restFrom,
    restTo,
    restChangePct,
  };
}

export function originsReport(
  ds: Dataset,
  p: { year?: string; from?: string; to?: string; flow?: string; partners?: string[] },
): OriginsYearReport | OriginsRangeReport {
  const flow = (p.flow ?? "imports") as OriginFlow;
  if (!ORIGIN_FLOWS.includes(flow))
    throw new UsageError(`--flow ${JSON.stringify(p.flow)}: use one of ${ORIGIN_FLOWS.join(", ")}`);
  if (p.year !== undefined && (p.from !== undefined || p.to !== undefined))
    throw new UsageError("--year and --from/--to cannot be combined: one year, or a range");
  const chosen = chosenCodes(ds, p.partners ?? []);
  return p.year !== undefined ? originsYear(ds, flow, p.year, chosen) : originsRange(ds, flow, p.from, p.to, chosen);
}
