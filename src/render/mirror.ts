import type { MirrorReport, MirrorRow } from "../core/mirror";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";

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

export function renderMirror(r: MirrorReport, o: View & { chart: boolean; height?: number }): string {
  const doc = new Doc(o).title(
    `Korea's goods surplus with the US as each capital reports it, ${r.range.from} → ${r.range.to}, $ billions`,
  );
  doc.text("US: Census (exports f.a.s., imports customs value). Korea: Korea Customs Service (exports f.o.b., imports c.i.f.).");
  doc.text(
    "The US deficit and Korea's surplus are sizes (positive: a US deficit, i.e. a Korean surplus); Difference = US-reported − Korea-reported.",
  );
  doc.blank().table(
    [
      { header: "Year", align: "left" },
      { header: "US-reported\ndeficit", short: "US" },
      { header: "Korea-reported\nsurplus", short: "Korea" },
      { header: "Difference\n(US − Korea)", short: "Diff." },
      { header: "US exports\n(f.a.s.)", short: "US\nexp.", drop: 3 },
      { header: "Korea's imports\n(c.i.f.)", short: "Korea\nimp.", drop: 2 },
      { header: "Note", align: "left", wrap: true, drop: 1 },
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
    {
      unitNote:
        "US: the US-reported deficit; Korea: the Korea-reported surplus; Diff.: US minus Korea; US exp.: US exports (f.a.s.); Korea imp.: Korea's imports (c.i.f.).",
    },
  );
  if (o.chart) {
    doc.blank().chart({
      title: "Korea's goods surplus with the US, $ billions (gaps: no Korean figure)",
      labels: r.rows.map((x) => String(x.year)),
      series: [
        { name: "US-reported (Census)", values: r.rows.map((x) => x.usReportedDeficit / 1000) },
        {
          name: "Korea-reported (KCS)",
          values: r.rows.map((x) => (x.koreaReportedSurplus === null ? null : x.koreaReportedSurplus / 1000)),
        },
      ],
      height: o.height ?? 10,
    });
  }
  doc.blank().list(r.why, "Why mirror figures differ:");
  doc.blank().title("Services (scattered estimates, $ billions, turned to the US view)").text(r.services.note);
  doc.table(
    [
      { header: "Year", align: "left" },
      { header: "Reported by", align: "left", short: "By" },
      { header: "US exports", short: "Exp." },
      { header: "US imports", short: "Imp." },
      { header: "US balance", short: "Bal." },
      { header: "Published", align: "left", drop: 2 },
      { header: "Publisher", align: "left", wrap: true, drop: 1 },
    ],
    r.services.rows.map((s) => {
      // each figure to the precision it was published with: "$17 billion" is not "17.00"
      const d = Math.max(0, Math.round(-Math.log10(s.precision)));
      return [String(s.year), s.reporter, n(s.usExports, d), n(s.usImports, d), n(s.usBalance, d), s.asOf, s.publisher];
    }),
    { unitNote: "Exp., Imp., Bal.: US exports, imports and balance of services." },
  );
  doc.text("Korea-reported services are turned around to the US view: Korea's imports are US exports, its deficit a US surplus.");
  doc.blank().text(r.goodsAndServices).blank();
  for (const s of r.meta.sources) doc.note(`Source: ${s.publisher}, ${s.title}.${s.url ? ` ${s.url}` : ""}`);
  return doc.toString();
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
