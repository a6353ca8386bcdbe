import type { MirrorReport } from "../core/mirror";
import { renderChart } from "./chart";
import { palette } from "./color";
import { toCsv } from "./csv";
import { formatNumber, MISSING, wrapText } from "./format";
import { renderTable } from "./table";

const n = (v: number | null, d = 1) => (v === null ? MISSING : formatNumber(v, d));

export function renderMirror(r: MirrorReport, o: { chart: boolean; width: number; height?: number; colorOn: boolean }): string {
  const c = palette(o.colorOn);
  const out = [
    c.bold(`Korea's goods surplus with the US as each side reports it, ${r.range.from} → ${r.range.to}, $ billions`),
    "",
  ];
  out.push(
    renderTable(
      [
        { header: "Year", align: "left" },
        { header: "US-reported\n(Census deficit)" },
        { header: "Korea-reported\n(customs surplus)" },
        { header: "Difference" },
        { header: "Korean figure from", align: "left" },
      ],
      r.rows.map((x) => [
        String(x.year),
        n(x.usReported),
        n(x.koreaReported, 2),
        x.difference === null ? MISSING : formatNumber(x.difference, 1, { sign: true }),
        x.koreaPublisher ? wrapText(x.koreaPublisher, 44) : "not found",
      ]),
      o.colorOn,
    ),
  );
  if (o.chart && r.rows.length > 1) {
    out.push(
      "",
      renderChart({
        title: "Korea's goods surplus with the US, $ billions (gaps: no Korean figure found)",
        labels: r.rows.map((x) => String(x.year)),
        series: [
          { name: "US-reported", values: r.rows.map((x) => x.usReported) },
          { name: "Korea-reported", values: r.rows.map((x) => x.koreaReported) },
        ],
        width: o.width,
        height: o.height ?? 10,
        colorOn: o.colorOn,
      }),
    );
  }
  out.push("", "Why mirror figures differ:", ...r.why.map((w) => `  - ${w}`));
  out.push("", c.bold("Services (scattered estimates, $ billions)"), r.services.note);
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
      [
        ...r.services.usReported.map((s) => [
          String(s.year),
          "US",
          n(s.exports, 2),
          n(s.imports, 2),
          n(s.balance, 2),
          s.asOf,
          wrapText(s.publisher, 36),
        ]),
        ...r.services.koreaReported.map((s) => [
          String(s.year),
          "Korea",
          n(s.importsFromUs, 2),
          n(s.exportsToUs, 2),
          s.balance === null ? MISSING : formatNumber(-s.balance, 2),
          "",
          wrapText(s.publisher, 36),
        ]),
      ],
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
    ["year", "us_reported_deficit_busd", "korea_reported_surplus_busd", "difference_busd"],
    r.rows.map((x) => [x.year, x.usReported, x.koreaReported, x.difference]),
  );
}
