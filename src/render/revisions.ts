import type { RevisionsReport } from "../core/revisions";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING } from "./format";
import { SIGN_NOTE } from "./signs";
import { renderTable } from "./table";

export function renderRevisions(r: RevisionsReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const title =
    r.years.length === 1
      ? `How ${r.years[0]} US goods trade with Korea was revised, $ millions`
      : `Bundled release vintages, ${r.years[0]}-${r.years.at(-1)}, $ millions`;
  const out = [c.bold(title), ""];
  out.push(
    renderTable(
      [
        { header: "Year", align: "left" },
        { header: "Release copy", align: "left" },
        { header: "Known by", align: "left" },
        { header: "Exports" },
        { header: "Imports" },
        { header: "Balance" },
        { header: "Balance\nrevision" },
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
      colorOn,
    ),
  );
  out.push(`${SIGN_NOTE} A negative balance revision widened the deficit.`, "");
  for (const n of r.notes) out.push(c.dim(`Note: ${n}`));
  for (const s of r.meta.sources) out.push(c.dim(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.`));
  return `${out.join("\n")}\n`;
}

export function revisionsCsv(r: RevisionsReport): string {
  return toCsv(
    ["year", "source_id", "known_by", "exports_musd", "imports_musd", "balance_musd", "balance_revision_musd"],
    r.rows.map((x) => [x.year, x.sourceId, x.knownBy, x.exports, x.imports, x.balance, x.balanceRevision]),
  );
}
