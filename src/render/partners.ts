import type { PartnersRangeReport, PartnersYearReport } from "../core/partners";
import { renderChart } from "./chart";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING, wrapLines } from "./format";
import { SIGN_NOTE } from "./signs";
import { renderTable } from "./table";

const b = (v: number | null | undefined) => (v === null || v === undefined ? MISSING : formatNumber(v / 1000, 1));

export function renderPartners(
  r: PartnersYearReport | PartnersRangeReport,
  o: { chart: boolean; width: number; height?: number; colorOn: boolean },
): string {
  const c = palette(o.colorOn);
  const out: string[] = [];
  if (r.view === "year") {
    out.push(
      c.bold(
        `US goods trade with six partners, ${r.year}: South Korea ranks ${r.korea.rank ?? MISSING} of ${r.korea.of} by US deficit`,
      ),
      "",
    );
    const sorted = [...r.rows].sort((x, y) => (x.rank ?? 99) - (y.rank ?? 99));
    out.push(
      renderTable(
        [
          { header: "Rank", align: "right" },
          { header: "Partner", align: "left" },
          { header: "Exports\n$ billions" },
          { header: "Imports\n$ billions" },
          { header: "Balance\n$ billions" },
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
        o.colorOn,
      ),
    );
    out.push(...wrapLines(`Rank 1 = the largest US deficit. ${SIGN_NOTE}`, o.width));
  } else {
    out.push(
      c.bold(
        `US goods deficit (imports − exports, positive = US deficit) with six partners, ${r.range.from} → ${r.range.to}, $ billions`,
      ),
      "",
    );
    out.push(
      renderTable(
        [{ header: "Year", align: "left" }, ...r.partners.map((p) => ({ header: p })), { header: "Korea's\nrank" }],
        r.rows.map((row, i) => [
          String(row.year),
          ...r.partners.map((p) => b(row[p])),
          `${r.koreaRank[i]!.rank ?? MISSING} of ${r.koreaRank[i]!.of}`,
        ]),
        o.colorOn,
      ),
    );
    if (o.chart && r.rows.length > 1) {
      out.push("");
      out.push(
        renderChart({
          title: "US goods deficit by partner, $ billions",
          labels: r.rows.map((row) => String(row.year)),
          series: r.partners.map((p) => ({ name: p, values: r.rows.map((row) => (row[p] == null ? null : row[p]! / 1000)) })),
          width: o.width,
          height: o.height ?? 16,
          colorOn: o.colorOn,
        }),
      );
    }
  }
  out.push("");
  for (const n of r.notes) out.push(c.dim(`Note: ${n}`));
  for (const s of r.meta.sources) out.push(c.dim(`Source: ${s.publisher}, ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`));
  return `${out.join("\n")}\n`;
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
