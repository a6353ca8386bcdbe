import type { PartnersRangeReport, PartnersYearReport } from "../core/partners";
import { palette } from "./color";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";
import { SIGN_NOTE } from "./signs";

const b = (v: number | null | undefined) => (v === null || v === undefined ? MISSING : formatNumber(v / 1000, 1));

export function renderPartners(
  r: PartnersYearReport | PartnersRangeReport,
  o: View & { chart: boolean; height?: number },
): string {
  const c = palette(o.colorOn);
  const doc = new Doc(o);
  if (r.view === "year") {
    doc.title(
      `US goods trade with six partners, ${r.year}: South Korea ranks ${r.korea.rank ?? MISSING} of ${r.korea.of} by US deficit`,
    );
    doc.blank();
    const sorted = [...r.rows].sort((x, y) => (x.rank ?? 99) - (y.rank ?? 99));
    doc.table(
      [
        { header: "Rank", align: "right" },
        { header: "Partner", align: "left" },
        { header: "Exports\n$ billions", short: "Exports", drop: 1 },
        { header: "Imports\n$ billions", short: "Imports", drop: 2 },
        { header: "Balance\n$ billions", short: "Balance" },
      ],
      sorted.map((x) => {
        const name = x.partner === "South Korea" ? `${x.partner} ◀` : x.partner;
        return [
          x.rank === null ? "—" : String(x.rank),
          o.colorOn && x.partner === "South Korea" ? c.bold(name) : name,
          b(x.exports),
          b(x.imports),
          b(x.balance),
        ];
      }),
      { unitNote: "Exports, imports and balance in $ billions." },
    );
    doc.text(`Rank 1 = the largest US deficit. ${SIGN_NOTE}`);
    if (o.chart) {
      doc.blank().bars({
        title: `US goods trade balance by partner, ${r.year}, $ billions (left of │ = US deficit)`,
        items: sorted.map((x) => ({
          label: x.partner,
          value: x.balance === null ? null : x.balance / 1000,
          highlight: x.partner === "South Korea",
        })),
      });
    }
  } else {
    doc
      .title(
        `US goods deficit (imports − exports, positive = US deficit) with six partners, ${r.range.from} → ${r.range.to}, $ billions`,
      )
      .blank();
    // Korea is never dropped; the others give way from the last named
    const others = r.partners.filter((p) => p !== "South Korea");
    doc.table(
      [
        { header: "Year", align: "left" },
        ...r.partners.map((p) => ({
          header: p,
          short: p.replace(/ /g, "\n"),
          drop: p === "South Korea" ? undefined : 1 + others.length - others.indexOf(p),
        })),
        { header: "Korea's\nrank", drop: 1 },
      ],
      r.rows.map((row, i) => [
        String(row.year),
        ...r.partners.map((p) => b(row[p])),
        `${r.koreaRank[i]!.rank ?? MISSING} of ${r.koreaRank[i]!.of}`,
      ]),
    );
    if (o.chart) {
      doc.blank().chart({
        title: "US goods deficit by partner, $ billions",
        labels: r.rows.map((row) => String(row.year)),
        series: r.partners.map((p) => ({
          name: p,
          values: r.rows.map((row) => (row[p] == null ? null : row[p]! / 1000)),
          highlight: p === "South Korea",
        })),
        height: o.height ?? 16,
      });
    }
  }
  doc.blank();
  for (const n of r.notes) doc.note(`Note: ${n}`);
  for (const s of r.meta.sources) doc.note(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`);
  return doc.toString();
}

export function partnersCsv(r: PartnersYearReport | PartnersRangeReport): string {
  if (r.view === "year") {
    return toCsv(
      ["year", "partner", "partner_code", "exports_musd", "imports_musd", "balance_musd", "deficit_rank", "source_id"],
      r.rows.map((x) => [r.year, x.partner, x.code, x.exports, x.imports, x.balance, x.rank, x.sourceId]),
    );
  }
  return toCsv(
    ["year", ...r.partners.map((p) => `deficit_${p.toLowerCase().replace(/ /g, "_")}_musd`), "korea_rank"],
    r.rows.map((row, i) => [row.year, ...r.partners.map((p) => row[p] ?? null), r.koreaRank[i]!.rank]),
  );
}
