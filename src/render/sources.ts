import type { SourcesReport } from "../core/sources-report";
import { palette } from "./color";

/** `sourcesFile`: where SOURCES.md is in this installation (the command resolves it). */
export function renderSources(r: SourcesReport, colorOn: boolean, sourcesFile = "data/SOURCES.md"): string {
  const c = palette(colorOn);
  const out = [c.bold("Bundled datasets (all offline)"), `Every detail: ${sourcesFile}`, ""];
  for (const d of r.datasets) {
    out.push(c.bold(`${d.id}  (data/${d.file}, ${d.rows} rows)`));
    out.push(`  ${d.title}`);
    out.push(`  table:     ${d.table}`);
    out.push(`  publisher: ${d.publisher}`);
    out.push(`  coverage:  ${d.coverage}`);
    out.push(`  unit:      ${d.unit}`);
    out.push(`  basis:     ${d.basis}`);
    out.push(`  vintage:   ${d.vintage}`);
    if (d.url) out.push(`  url:       ${d.url}`);
    if (d.notes) out.push(`  notes:     ${d.notes}`);
    for (const n of d.periodNotes) out.push(`  ${n.from === n.to ? n.from : `${n.from} to ${n.to}`}: ${n.note}`);
    out.push("");
  }
  out.push(c.bold("Source copies cited by source_id in the goods files"));
  for (const s of r.copies) out.push(`  ${s.id}: ${s.title}; ${s.vintage}; known by ${s.knownBy}; ${s.retrieved}`);
  out.push("", `Article: ${r.article.publisher}, "${r.article.title}", ${r.article.date}, ${r.article.url}`);
  return `${out.join("\n")}\n`;
}

/** One citation per dataset, ready to paste under an article. */
export function citeSources(r: SourcesReport, version: string): string {
  const lines = r.datasets.map(
    (d) =>
      `${d.publisher}. "${d.title}" (${d.coverage}; ${d.unit}; ${d.basis}). Vintage: ${d.vintage}.${d.url ? ` ${d.url}.` : ""} Bundled in korus ${version} as data/${d.file}.`,
  );
  return `${lines.join("\n")}\n`;
}
