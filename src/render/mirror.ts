import type { MirrorReport, MirrorRow } from "../core/mirror";
import { renderChart } from "./chart";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING, wrapLines, wrapText } from "./format";
import { renderTable } from "./table";

const bn = (v: number | null, d = 1) => (v === null ? MISSING : formatNumber(v / 1000, d));
const n = (v: number | null, d = 2) => (v === null ? MISSING : formatNumber(v, d));

/** What a reader must know about a Korean figure that is not the plain KOSIS final value. */
function koreaNote(r: MirrorRow): string {
  const k = r.korea;
  if (k.sourceId === null) return "no Korean figure";
  const [base, suffix] = k.sourceId.split(":");
  const parts: string[] = [];
  if (!base!.startsWith("kosis_")) parts.push(base!.includes("prelim") ? "preliminary" : "press release");
  if (suffix === "imports_derived") parts.push("Korea's imports derived");
  if (k.importsFromUs === null) parts.push("Korea's exports only");
  return parts.join("; ");
}

export function renderMirror(r: MirrorReport, o: { chart: boolean; width: number; height?: number; colorOn: boolean }): string {
  const c = palette(o.colorOn);
  const out = [
    c.bold(`Korea's goods surplus with the US as each capital reports it, ${r.range.from} → ${r.range.to}, $ billions`),
    "US: Census (exports f.a.s., imports customs value). Korea: Korea Customs Service (exports f.o.b., imports c.i.f.).",
    "",
  ];
  out.push(
    renderTable(
      [
        { header: "Year", align: "left" },
        { header: "US-reported\ndeficit" },
        { header: "Korea-reported\nsurplus" },
        { header: "Difference\n(US − Korea)" },
        { header: "US exports\n(f.a.s.)" },
        { header: "Korea's imports\n(c.i.f.)" },
        { header: "Note", align: "left" },
      ],
      r.rows.map((x) => [
        String(x.year),
        bn(x.usReportedDeficit),
        bn(x.koreaReportedSurplus),
        x.difference === null ? MISSING : formatNumber(x.difference / 1000, 1, { sign: true }),
        bn(x.us.exportsToKorea),
        bn(x.korea.importsFromUs),
        koreaNote(x),
      ]),
      o.colorOn,
    ),
  );
  out.push(
    ...wrapLines(
      "The US deficit and Korea's surplus are sizes (positive: a US deficit, i.e. a Korean surplus); Difference = US-reported − Korea-reported.",
      o.width,
    ),
  );
  if (o.chart && r.rows.length > 1) {
    out.push(
      "",
      renderChart({
        title: "Korea's goods surplus with the US, $ billions (gaps: no Korean figure)",
        labels: r.rows.map((x) => String(x.year)),
        series: [
          { name: "US-reported (Census)", values: r.rows.map((x) => x.usReportedDeficit / 1000) },
          {
            name: "Korea-reported (KCS)",
            values: r.rows.map((x) => (x.koreaReportedSurplus === null ? null : x.koreaReportedSurplus / 1000)),
          },
        ],
        width: o.width,
        height: o.height ?? 10,
        colorOn: o.colorOn,
      }),
    );
  }
  out.push("", "Why mirror figures differ:", ...r.why.map((w) => `  - ${w}`));
  out.push("", c.bold("Services (scattered estimates, $ billions, turned to the US view)"), r.services.note);
  out.push(
    renderTable(
      [
        { header: "Year", align: "left" },
        { header: "Reported by", align: "left" },
        { header: "US exports" },
        { header: "US imports" },
        { header: "US balance" },
        { header: "Published", align: "left" },
        { header: "Publisher", align: "left" },
      ],
      r.services.rows.map((s) => [
        String(s.year),
        s.reporter,
        n(s.usExports),
        n(s.usImports),
        n(s.usBalance),
        s.asOf,
        wrapText(s.publisher, 36),
      ]),
      o.colorOn,
    ),
  );
  out.push("Korea-reported services are turned around to the US view: Korea's imports are US exports, its deficit a US surplus.");
  out.push("", r.goodsAndServices, "");
  for (const s of r.meta.sources) out.push(c.dim(`Source: ${s.publisher}, ${s.title}.${s.url ? ` ${s.url}` : ""}`));
  return `${out.join("\n")}\n`;
}

export function mirrorCsv(r: MirrorReport): string {
  return toCsv(
    [
      "year",
      "us_exports_to_korea_musd",
      "us_imports_from_korea_musd",
      "us_balance_musd",
      "korea_exports_to_us_musd",
      "korea_imports_from_us_musd",
      "korea_balance_musd",
      "difference_musd",
      "korea_source_id",
    ],
    r.rows.map((x) => [
      x.year,
      x.us.exportsToKorea,
      x.us.importsFromKorea,
      x.us.balance,
      x.korea.exportsToUs,
      x.korea.importsFromUs,
      x.korea.balance,
      x.difference,
      x.korea.sourceId,
    ]),
  );
}
