import type { TimelineReport } from "../core/timeline";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";

export function renderTimeline(r: TimelineReport, view: View): string {
  const n = r.events.length;
  const count = n === 0 ? "no events" : n === 1 ? "1 event" : `${n} events`;
  const doc = new Doc(view).title(`KORUS timeline, ${r.range.from} → ${r.range.to} (${count})`).blank();
  doc.table(
    [
      { header: "Date", align: "left" },
      { header: "Event", align: "left", wrap: true },
      { header: "Actors", align: "left", wrap: true, drop: 2 },
      { header: "Source", align: "left", wrap: true, drop: 1 },
    ],
    r.events.map((e) => [e.date, e.event, e.actors, e.sourceTitle]),
    { spaced: true },
  );
  doc.blank().note("Each event's source URL is in --json and --csv. Dates are local to where the event happened.");
  return doc.toString();
}

export function timelineCsv(r: TimelineReport): string {
  return toCsv(
    ["date", "event", "actors", "source_url", "source_title"],
    r.events.map((e) => [e.date, e.event, e.actors, e.sourceUrl, e.sourceTitle]),
  );
}
