import type { Dataset, TimelineRow } from "../data/schema";
import { UsageError } from "../errors";
import { isCalendarDate } from "./dates";
import { type ReportHeader, reportHeader } from "./report";
import { sourceRef } from "./sources";

export interface TimelineReport extends ReportHeader<"timeline"> {
  range: { from: string; to: string };
  events: TimelineRow[];
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the start ("from") or end ("to") of a span of days. */
export function dateBound(flag: string, value: string, edge: "from" | "to"): string {
  const v = value.trim();
  const ok = /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v) || isCalendarDate(v);
  if (!ok) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD`);
  if (v.length === 10) return v;
  if (v.length === 7) {
    const lastDay = new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 0)).getUTCDate();
    return edge === "from" ? `${v}-01` : `${v}-${String(lastDay).padStart(2, "0")}`;
  }
  return edge === "from" ? `${v}-01-01` : `${v}-12-31`;
}

export function timelineReport(ds: Dataset, p: { from?: string; to?: string }): TimelineReport {
  const first = ds.timeline[0]?.date ?? "";
  const last = ds.timeline.at(-1)?.date ?? "";
  // an open end is the timeline's own end, never a sentinel such as 9999-12-31
  const from = p.from !== undefined ? dateBound("--from", p.from, "from") : first;
  const to = p.to !== undefined ? dateBound("--to", p.to, "to") : last;
  if (from > to && p.from !== undefined && p.to !== undefined)
    throw new UsageError(`--from ${p.from} is after --to ${p.to}: the range must run forward`);
  if (from > last || to < first) {
    const flag = from > last ? `--from ${p.from}` : `--to ${p.to}`;
    throw new UsageError(`${flag} is outside the timeline: its events run from ${first} to ${last}`);
  }
  const events = ds.timeline.filter((e) => e.date >= from && e.date <= to);
  return {
    ...reportHeader("timeline", [sourceRef(ds, "korus_timeline")]),
    range: { from: events[0]?.date ?? from, to: events.at(-1)?.date ?? to },
    events,
  };
}
