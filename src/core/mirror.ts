import type { Dataset } from "../data/schema";
import { checkOrder, parseYearFlag } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { sourceRef } from "./sources";

export interface MirrorRow {
  year: number;
  /** US-reported (Census) deficit = Korea's surplus seen from Washington, $ billions */
  usReported: number;
  /** Korea-reported (customs) surplus with the US, $ billions; null where none was found */
  koreaReported: number | null;
  /** usReported - koreaReported, $ billions */
  difference: number | null;
  koreaPublisher: string | null;
}

export interface MirrorReport extends ReportHeader<"mirror"> {
  range: { from: string; to: string };
  unit: string;
  rows: MirrorRow[];
  why: string[];
  services: {
    note: string;
    usReported: Dataset["servicesAnnual"];
    koreaReported: Dataset["koreaView"];
  };
  goodsAndServices: string;
}

export const MIRROR_WHY = [
  "Valuation: US exports are valued f.a.s. (free alongside ship), while Korea values its imports c.i.f. (including cost, insurance and freight); Korea's imports from the US therefore look larger, and its surplus smaller.",
  "Timing: goods in transit at year end are counted in different years by the exporter and the importer.",
  "Re-exports and origin: goods shipped through third countries, and Korean-made goods exported from elsewhere, can be attributed to different partners by each side.",
  "Coverage and revisions: the two customs services define trade differently at the margins and revise on their own schedules; the Korean figures here are secondary (news reports of MOTIE/KITA data).",
];

export function mirrorReport(ds: Dataset, p: { from?: string; to?: string }): MirrorReport {
  const kv = ds.koreaView.filter((r) => r.flow === "goods");
  const cov = { from: String(ds.goodsAnnual[0]!.year), to: String(ds.goodsAnnual.at(-1)!.year) };
  const firstKorea = Math.min(...kv.map((r) => r.year));
  const from = p.from !== undefined ? parseYearFlag("--from", p.from, cov) : firstKorea;
  const to = p.to !== undefined ? parseYearFlag("--to", p.to, cov) : Number(cov.to);
  checkOrder(from, to);
  const rows = ds.goodsAnnual
    .filter((r) => r.year >= from && r.year <= to)
    .map((r) => {
      const k = kv.find((x) => x.year === r.year);
      const us = -r.balance / 1000;
      const korea = k?.balance ?? null;
      return {
        year: r.year,
        usReported: us,
        koreaReported: korea,
        difference: korea === null ? null : us - korea,
        koreaPublisher: k?.publisher ?? null,
      };
    });
  return {
    ...reportHeader("mirror", [
      sourceRef(ds, "goods_annual"),
      sourceRef(ds, "korea_view_annual"),
      sourceRef(ds, "services_annual"),
    ]),
    range: { from: String(from), to: String(to) },
    unit: "billions of US dollars",
    rows,
    why: MIRROR_WHY,
    services: {
      note: "Scattered published estimates, not a time series: US figures from USTR and KEI citing BEA/FT-900 (balance-of-payments basis), Korean figures from MOTIE (Bank of Korea basis). In services the US runs a surplus with Korea.",
      usReported: ds.servicesAnnual,
      koreaReported: ds.koreaView.filter((r) => r.flow === "services"),
    },
    goodsAndServices:
      "No goods + services total is shown: the bundled goods figures are on a Census (US) or customs (Korea) basis and the services figures on a balance-of-payments basis, so no year has both on the same basis.",
  };
}
