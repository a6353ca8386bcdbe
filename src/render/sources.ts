import type { SourcesReport } from "../core/sources-report";
import { Doc, type View } from "./doc";
import { wrapLines } from "./format";
import { toAscii } from "./text-width";

/** `sourcesFile`: where SOURCES.md is in this installation (the command resolves it). */
export function renderSources(r: SourcesReport, view: View, sourcesFile = "data/SOURCES.md"): string {
  const doc = new Doc(view).title("Bundled datasets (all offline)").text(`Every detail: ${sourcesFile}`).blank();
  const field = (label: string, value: string) => doc.text(value, `  ${`${label}:`.padEnd(11)}`, " ".repeat(13));
  for (const d of r.datasets) {
    doc.title(`${d.id}  (data/${d.file}, ${d.rows} rows)`);
    doc.text(d.title, "  ");
    field("table", d.table);
    field("publisher", d.publisher);
    field("coverage", d.coverage);
    field("unit", d.unit);
    field("basis", d.basis);
    field("vintage", d.vintage);
    if (d.url) field("url", d.url);
    if (d.notes) field("notes", d.notes);
    for (const n of d.periodNotes) doc.text(`${n.from === n.to ? n.from : `${n.from} to ${n.to}`}: ${n.note}`, "  ", "    ");
    doc.blank();
  }
  doc.title("Source copies cited by source_id in the goods files");
  doc.list(
    r.copies.map((s) => `${s.id}: ${s.title}; ${s.vintage}; known by ${s.knownBy}; ${s.retrieved}`),
    undefined,
    "  ",
  );
  doc.blank().text(`Article: ${r.article.publisher}, "${r.article.title}", ${r.article.date}, ${r.article.url}`);
  return doc.toString();
}

/** One citation per dataset, ready to paste under an article. */
export function citeSources(r: SourcesReport, version: string, view?: View): string {
  const lines = r.datasets.map(
    (d) =>
      `${d.publisher}. "${d.title}" (${d.coverage}; ${d.unit}; ${d.basis}). Vintage: ${d.vintage}.${d.url ? ` ${d.url}.` : ""} Bundled in korus ${version} as data/${d.file}.`,
  );
  // one paragraph per citation, wrapped under a hanging indent when a width is given
  const fitted = view ? lines.flatMap((l) => wrapLines(view.ascii ? toAscii(l) : l, view.width, "", "  ")) : lines;
  return `${fitted.join("\n")}\n`;
}
