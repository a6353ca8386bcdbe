import { spanText } from "../data/facts";
import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { partnerNamed } from "./countries";
import { korusDates } from "./korus";
import { checkOrder, parseYearFlag } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { periodNotes, sourceRef } from "./sources";

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

export interface PartnersYearReport extends ReportHeader<"partners"> {
  view: "year";
  year: number;
  unit: string;
  rows: PartnerRow[];
  korea: { rank: number | null; of: number };
  missing: Partner[];
  notes: string[];
}

export interface PartnersRangeReport extends ReportHeader<"partners"> {
  view: "range";
  range: { from: string; to: string };
  unit: string;
  partners: Partner[];
  /** the US deficit (-balance) with each partner, $M; null where no data */
  rows: ({ year: number } & Partial<Record<Partner, number | null>>)[];
  /** Korea's rank by deficit each year among partners with data */
  koreaRank: { year: number; rank: number | null; of: number }[];
  notes: string[];
}

/** A partner's name as the data give it (the list of partners is a fact of the data: DataFacts.partners). */
type Partner = string;

function yearRows(ds: Dataset, year: number): PartnerRow[] {
  const rows = ds.facts.partners.map(({ name: partner, code }) => {
    const r = ds.partnersAnnual.find((x) => x.partner === partner && x.year === year);
    return {
      partner,
      code,
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
    .forEach((r, i) => {
      r.rank = i + 1;
    });
  return rows;
}

function coverage(ds: Dataset) {
  return ds.facts.partnerYears;
}

/** "No data bundled for Mexico (1985-2023) …": partners whose coverage does not reach the years shown. */
function coverageNotes(ds: Dataset, from: number, to: number): string[] {
  const short = ds.facts.partners.filter((p) => Number(p.years.from) > from || Number(p.years.to) < to);
  if (short.length === 0) return [];
  return [
    `Not every partner has data for every year: ${short.map((p) => `${p.name} ${spanText(p.years)}`).join(", ")}. A missing year is shown as missing, never ranked.`,
  ];
}

export function partnersYear(ds: Dataset, yearText?: string): PartnersYearReport {
  const cov = coverage(ds);
  // by default the latest year every partner has, so the ranking compares all of them
  const year = yearText !== undefined ? parseYearFlag("--year", yearText, cov) : Number(ds.facts.partnersComplete);
  const rows = yearRows(ds, year);
  const ranked = rows.filter((r) => r.rank !== null).length;
  const missing = rows.filter((r) => r.balance === null).map((r) => r.partner);
  const notes: string[] = [];
  if (missing.length)
    notes.push(
      `No data bundled for ${missing.join(" and ")} in ${year}: not ranked (ranks are among the ${ranked} partners with data).`,
    );
  notes.push(...periodNotes(ds, "partners_annual", String(year), String(year)));
  return {
    ...reportHeader("partners", [sourceRef(ds, "partners_annual")]),
    view: "year",
    year,
    unit: "millions of US dollars",
    rows,
    korea: { rank: rows.find((r) => r.partner === ds.facts.subject)!.rank, of: ranked },
    missing,
    notes,
  };
}

export function partnersRange(ds: Dataset, fromText: string | undefined, toText: string | undefined): PartnersRangeReport {
  const cov = coverage(ds);
  const from =
    fromText !== undefined ? parseYearFlag("--from", fromText, cov) : Math.max(korusDates(ds.facts).talksYear, Number(cov.from));
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
      rank: yr.find((r) => r.partner === ds.facts.subject)!.rank,
      of: yr.filter((r) => r.rank !== null).length,
    });
  }
  const notes = [
    "Deficit = imports − exports (positive = a US deficit), unlike the balance of the year view (exports − imports). Ranks count only partners with data that year.",
  ];
  notes.push(...coverageNotes(ds, from, to), ...periodNotes(ds, "partners_annual", String(from), String(to)));
  return {
    ...reportHeader("partners", [sourceRef(ds, "partners_annual")]),
    view: "range",
    range: { from: String(from), to: String(to) },
    unit: "millions of US dollars",
    partners: ds.facts.partners.map((p) => p.name),
    rows,
    koreaRank,
    notes,
  };
}

/** The partners to show: the subject (Korea) and those named (every bundled partner when none are). */
export function selectPartners(ds: Dataset, names: string[]): Partner[] {
  const all = ds.facts.partners.map((p) => p.name);
  if (names.length === 0) return all;
  const chosen = new Set<Partner>([ds.facts.subject]);
  for (const n of names) {
    const p = partnerNamed(all, n);
    if (!p)
      throw new UsageError(
        `${JSON.stringify(n)} is not a bundled partner: korus has ${all.join(", ")}${/^\d{4}$/.test(n) ? `; for a year give --year ${n}` : ""}`,
      );
    chosen.add(p);
  }
  return all.filter((p) => chosen.has(p));
}

export function partnersReport(
  ds: Dataset,
  p: { year?: string; from?: string; to?: string; partners?: string[] },
): PartnersYearReport | PartnersRangeReport {
  if (p.year !== undefined && (p.from !== undefined || p.to !== undefined))
    throw new UsageError("--year and --from/--to cannot be combined: one year, or a range");
  const shown = selectPartners(ds, p.partners ?? []);
  if (p.from !== undefined || p.to !== undefined) {
    const r = partnersRange(ds, p.from, p.to);
    // ranks stay those among all bundled partners; only the columns shown change
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
