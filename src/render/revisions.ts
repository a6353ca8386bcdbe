import type { RevisionsReport } from "../core/revisions";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";
import { SIGN_NOTE } from "./signs";

export function renderRevisions(r: RevisionsReport, view: View): string {
  const title =
    r.years.length === 1
      ? `How ${r.years[0]} US goods trade with Korea was revised, $ millions`
      : `Bundled release vintages, ${r.years[0]}-${r.years.at(-1)}, $ millions`;
  const doc = new Doc(view).title(title).blank();
  doc.table(
    [
      { header: "Year", align: "left" },
      { header: "Release copy", align: "left", drop: 4 },
      { header: "Known by", align: "left", drop: 1 },
      { header: "Exports", drop: 3 },
      { header: "Imports", drop: 2 },
      { header: "Balance" },
      { header: "Balance\nrevision", short: "Revision" },
    ],
    r.rows.map((x) => [
      String(x.year),
      x.sourceId,
      x.knownBy,
      formatNumber(x.exports, 1),
      formatNumber(x.imports, 1),
      formatNumber(x.balance, 1),
      x.balanceRevision === null ? MISSING : formatNumber(x.balanceRevision, 1, { sign: true }),
    ]),
    // without the release copy the rows cannot be told apart: one block per row instead
    { unitNote: "Revision: the change in the balance from the previous release.", minColumns: 4 },
  );
  doc.blank();
  doc.text(`${SIGN_NOTE} A negative balance revision widened the deficit.`).blank();
  for (const n of r.notes) doc.note(`Note: ${n}`);
  for (const s of r.meta.sources) doc.note(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.`);
  return doc.toString();
}

export function revisionsCsv(r: RevisionsReport): string {
  return toCsv(
    ["year", "source_id", "known_by", "exports_musd", "imports_musd", "balance_musd", "balance_revision_musd"],
    r.rows.map((x) => [x.year, x.sourceId, x.knownBy, x.exports, x.imports, x.balance, x.balanceRevision]),
  );
}
