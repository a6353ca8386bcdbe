import { PARTNERS, type Partner, partnerNamed } from "../data/partners";
import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { SCHEMA_VERSION } from "./deficit";
import { checkOrder, parseYearFlag } from "./periods";
import { type SourceRef, sourceRef } from "./sources";

export interface PartnerRow {
  partner: Partner;
  code: string;
  exports: number | null;
  imports: number | null;
  balance: number | null;
  /** 1 = the largest US deficit among partners with data that year; null where there is no data */
  rank: number | null;
  sourceId: string | null;
}

export interface PartnersYearReport {
  schemaVersion: number;
  command: "partners";
  view: "year";
  year: number;
  unit: string;
  rows: PartnerRow[];
  korea: { rank: number | null; of: number };
  missing: Partner[];
  meta: { sources: SourceRef[] };
  notes: string[];
}

export interface PartnersRangeReport {
  schemaVersion: number;
  command: "partners";
  view: "range";
  range: { from: string; to: string };
  unit: string;
  partners: Partner[];
  /** the US deficit (-balance) with each partner, $M; null where no data */
  rows: ({ year: number } & Partial<Record<Partner, number | null>>)[];
  /** Korea's rank by deficit each year among partners with data */
  koreaRank: { year: number; rank: number | null; of: number }[];
  meta: { sources: SourceRef[] };
  notes: string[];
}

const CODES: Record<Partner, string> = {
  "South Korea": "5800",
  China: "5700",
  Japan: "5880",
  Mexico: "2010",
  Canada: "1220",
  Germany: "4280",
};

function yearRows(ds: Dataset, year: number): PartnerRow[] {
  const rows = PARTNERS.map((partner) => {
    const r = ds.partnersAnnual.find((x) => x.partner === partner && x.year === year);
    return {
      partner,
      code: CODES[partner],
      exports: r?.exports ?? null,
      imports: r?.imports ?? null,
      balance: r?.balance ?? null,
      rank: null as number | null,
      sourceId: r?.sourceId ?? null,
    };
  });
  // rank by deficit, largest first; a partner without data is never ranked
  [...rows]
    .filter((r) => r.balance !== null)
    .sort((a, b) => a.balance! - b.balance!)
    .forEach((r, i) => (r.rank = i + 1));
  return rows;
}

function coverage(ds: Dataset) {
  const years = ds.partnersAnnual.map((r) => r.year);
  return { from: String(Math.min(...years)), to: String(Math.max(...years)) };
}

export function partnersYear(ds: Dataset, yearText?: string): PartnersYearReport {
  const cov = coverage(ds);
  const year = yearText !== undefined ? parseYearFlag("--year", yearText, cov) : Number(cov.to);
  const rows = yearRows(ds, year);
  const ranked = rows.filter((r) => r.rank !== null).length;
  const missing = rows.filter((r) => r.balance === null).map((r) => r.partner);
  const notes: string[] = [];
  if (missing.length)
    notes.push(
      `No data bundled for ${missing.join(" and ")} in ${year}: not ranked (ranks are among the ${ranked} partners with data).`,
    );
  if (year < 1991)
    notes.push(
      "Germany before 1991: Census code 4280 labels the whole series 'Germany'; whether 1985-1990 covers West Germany only was not verified.",
    );
  return {
    schemaVersion: SCHEMA_VERSION,
    command: "partners",
    view: "year",
    year,
    unit: "millions of US dollars",
    rows,
    korea: { rank: rows.find((r) => r.partner === "South Korea")!.rank, of: ranked },
    missing,
    meta: { sources: [sourceRef(ds, "partners_annual")] },
    notes,
  };
}

export function partnersRange(ds: Dataset, fromText: string | undefined, toText: string | undefined): PartnersRangeReport {
  const cov = coverage(ds);
  const from = fromText !== undefined ? parseYearFlag("--from", fromText, cov) : 2006;
  const to = toText !== undefined ? parseYearFlag("--to", toText, cov) : Number(cov.to);
  checkOrder(from, to);
  const rows: PartnersRangeReport["rows"] = [];
  const koreaRank: PartnersRangeReport["koreaRank"] = [];
  for (let y = from; y <= to; y++) {
    const yr = yearRows(ds, y);
    const row: PartnersRangeReport["rows"][number] = { year: y };
    for (const r of yr) row[r.partner] = r.balance === null ? null : -r.balance;
    rows.push(row);
    koreaRank.push({
      year: y,
      rank: yr.find((r) => r.partner === "South Korea")!.rank,
      of: yr.filter((r) => r.rank !== null).length,
    });
  }
  const notes = ["Deficit = imports - exports (positive: a US deficit). Ranks count only partners with data that year."];
  if (to >= 2024) notes.push("No Mexico or Canada data is bundled for 2024-2025: shown as missing, never ranked.");
  return {
    schemaVersion: SCHEMA_VERSION,
    command: "partners",
    view: "range",
    range: { from: String(from), to: String(to) },
    unit: "millions of US dollars",
    partners: [...PARTNERS],
    rows,
    koreaRank,
    meta: { sources: [sourceRef(ds, "partners_annual")] },
    notes,
  };
}

/** The partners to show: Korea and those named (all six when none are). */
export function selectPartners(names: string[]): Partner[] {
  if (names.length === 0) return [...PARTNERS];
  const chosen = new Set<Partner>(["South Korea"]);
  for (const n of names) {
    const p = partnerNamed(n);
    if (!p) throw new UsageError(`${JSON.stringify(n)} is not a bundled partner: korus has ${PARTNERS.join(", ")}`);
    chosen.add(p);
  }
  return PARTNERS.filter((p) => chosen.has(p));
}

export function partnersReport(
  ds: Dataset,
  p: { year?: string; from?: string; to?: string; partners?: string[] },
): PartnersYearReport | PartnersRangeReport {
  if (p.year !== undefined && (p.from !== undefined || p.to !== undefined))
    throw new UsageError("--year and --from/--to cannot be combined: one year, or a range");
  const shown = selectPartners(p.partners ?? []);
  if (p.from !== undefined || p.to !== undefined) {
    const r = partnersRange(ds, p.from, p.to);
    // ranks stay those among all six; only the columns shown change
    return {
      ...r,
      partners: shown,
      rows: r.rows.map(
        (row) =>
          Object.fromEntries(Object.entries(row).filter(([k]) => k === "year" || shown.includes(k as Partner))) as typeof row,
      ),
    };
  }
  const r = partnersYear(ds, p.year);
  return { ...r, rows: r.rows.filter((x) => shown.includes(x.partner)) };
}
