import type { TimelineReport } from "../core/timeline";
import { palette } from "./color";
import { toCsv } from "./csv";
import { wrapText } from "./format";
import { renderTable } from "./table";

export function renderTimeline(r: TimelineReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const n = r.events.length;
  const count = n === 0 ? "no events" : n === 1 ? "1 event" : `${n} events`;
  const out = [c.bold(`KORUS timeline, ${r.range.from} → ${r.range.to} (${count})`), ""];
  out.push(
    renderTable(
      [
        { header: "Date", align: "left" },
        { header: "Event", align: "left" },
        { header: "Actors", align: "left" },
        { header: "Source", align: "left" },
      ],
      r.events.map((e) => [e.date, wrapText(e.event, 56), wrapText(e.actors, 24), wrapText(e.sourceTitle, 30)]),
      colorOn,
      true,
    ),
  );
  out.push("", c.dim("Each event's source URL is in --json and --csv. Dates are local to where the event happened."));
  return `${out.join("\n")}\n`;
}

export function timelineCsv(r: TimelineReport): string {
  return toCsv(
    ["date", "event", "actors", "source_url", "source_title"],
    r.events.map((e) => [e.date, e.event, e.actors, e.sourceUrl, e.sourceTitle]),
  );
}
