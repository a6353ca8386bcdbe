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
  if (v.length === 7) return edge === "from" ? `${v}-01` : `${v}-31`;
  return edge === "from" ? `${v}-01-01` : `${v}-12-31`;
}

export function timelineReport(ds: Dataset, p: { from?: string; to?: string }): TimelineReport {
  const from = p.from !== undefined ? dateBound("--from", p.from, "from") : "0000-01-01";
  const to = p.to !== undefined ? dateBound("--to", p.to, "to") : "9999-12-31";
  if (from > to) throw new UsageError(`--from ${p.from} is after --to ${p.to}: the range must run forward`);
  const events = ds.timeline.filter((e) => e.date >= from && e.date <= to);
  return {
    ...reportHeader("timeline", [sourceRef(ds, "korus_timeline")]),
    range: { from: events[0]?.date ?? from, to: events.at(-1)?.date ?? to },
    events,
  };
}
