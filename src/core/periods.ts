import { UsageError } from "../errors";
import { DEFAULT_MONTHS } from "./korus";

/**
 * Parsers for the period flags. Pure: they throw UsageError worded for a one-line message that says
 * what was wrong and what is accepted.
 */
export interface Coverage {
  from: string;
  to: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function parseYearFlag(flag: string, value: string, coverage: Coverage): number {
  const v = value.trim();
  if (MONTH.test(v)) {
    throw new UsageError(`${flag} ${value}: a month needs --monthly; without it give a year (${coverage.from}-${coverage.to})`);
  }
  if (!YEAR.test(v))
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a year: give four digits, ${coverage.from}-${coverage.to}`);
  const year = Number(v);
  if (year < Number(coverage.from) || year > Number(coverage.to)) {
    throw new UsageError(`${flag} ${value} is outside the data: it covers ${coverage.from}-${coverage.to}`);
  }
  return year;
}

/** YYYY-MM, or YYYY meaning its first month (edge "start") or last month (edge "end"). */
export function parseMonthFlag(flag: string, value: string, coverage: Coverage, edge: "start" | "end"): string {
  const v = value.trim();
  let month: string;
  const m = MONTH.exec(v);
  if (m) {
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12) throw new UsageError(`${flag} ${value}: month ${m[2]} does not exist; give YYYY-MM with MM 01-12`);
    month = v;
  } else if (YEAR.test(v)) {
    month = `${v}-${edge === "start" ? "01" : "12"}`;
  } else {
    throw new UsageError(
      `${flag} ${JSON.stringify(value)} is not a month: give YYYY-MM (or YYYY), ${coverage.from} to ${coverage.to}`,
    );
  }
  if (month < coverage.from) {
    throw new UsageError(`${flag} ${value} is outside the data: monthly figures cover ${coverage.from} to ${coverage.to}`);
  }
  if (month > coverage.to) {
    // "--to 2026" should mean "to the latest month of 2026", not an error.
    if (YEAR.test(v) && v === coverage.to.slice(0, 4)) return coverage.to;
    throw new UsageError(`${flag} ${value} is outside the data: monthly figures cover ${coverage.from} to ${coverage.to}`);
  }
  return month;
}

export function checkOrder(from: string | number, to: string | number): void {
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}: the range must run forward`);
}

export interface RangeFlags {
  monthly?: boolean;
  all?: boolean;
  from?: string;
  to?: string;
}

/**
 * The range a command shows, from its flags, over a sorted list of the periods in its data (YYYY or YYYY-MM).
 * Defaults: annual from `firstYear` (the launch of KORUS talks, from the timeline), monthly the latest
 * DEFAULT_MONTHS; --all: everything.
 */
export function resolveRange(
  periods: readonly string[],
  p: RangeFlags,
  firstYear: number,
): { from: string; to: string; coverage: Coverage } {
  const coverage = { from: periods[0]!, to: periods[periods.length - 1]! };
  let from: string;
  let to: string;
  if (p.monthly) {
    to = p.to !== undefined ? parseMonthFlag("--to", p.to, coverage, "end") : coverage.to;
    const recent = periods[Math.max(0, periods.length - DEFAULT_MONTHS)]!;
    from = p.from !== undefined ? parseMonthFlag("--from", p.from, coverage, "start") : p.all ? coverage.from : recent;
  } else {
    to = String(p.to !== undefined ? parseYearFlag("--to", p.to, coverage) : coverage.to);
    const first = String(Math.max(firstYear, Number(coverage.from)));
    from = p.from !== undefined ? String(parseYearFlag("--from", p.from, coverage)) : p.all ? coverage.from : first;
  }
  checkOrder(from, to);
  return { from, to, coverage };
}
