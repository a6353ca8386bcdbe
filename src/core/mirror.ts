import type { Dataset } from "../data/schema";
import { subTenths } from "./num";
import { checkOrder, parseYearFlag } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { sourceRef } from "./sources";

/** One year as each capital reports it, $ millions as published (null: the figure was not found). */
export interface MirrorRow {
  year: number;
  /** Census: US exports to Korea (f.a.s.), imports from Korea (customs value), balance (negative = US deficit) */
  us: { exportsToKorea: number; importsFromKorea: number; balance: number };
  /** Korea Customs Service: Korea's exports to the US (f.o.b.), imports from the US (c.i.f.), balance (positive = Korea's surplus) */
  korea: { exportsToUs: number | null; importsFromUs: number | null; balance: number | null; sourceId: string | null };
  /** the US deficit as Washington reports it (= −us.balance) */
  usReportedDeficit: number;
  /** Korea's surplus as Seoul reports it (= korea.balance) */
  koreaReportedSurplus: number | null;
  /** usReportedDeficit − koreaReportedSurplus */
  difference: number | null;
}

/** A services figure, turned to the US view whoever reported it: exports are US exports, the balance the US surplus. */
export interface MirrorServicesRow {
  year: number;
  reporter: "US" | "Korea";
  usExports: number | null;
  usImports: number | null;
  usBalance: number | null;
  /** when the figure was published (YYYY or YYYY-MM) */
  asOf: string;
  /** $ billions: the precision the figure was published to */
  precision: number;
  publisher: string;
  basis: string;
}

export interface MirrorReport extends ReportHeader<"mirror"> {
  range: { from: string; to: string };
  unit: string;
  rows: MirrorRow[];
  why: string[];
  services: { note: string; unit: string; rows: MirrorServicesRow[] };
  goodsAndServices: string;
}

export const MIRROR_WHY = [
  "Valuation: US exports are valued f.a.s. (free alongside ship), while Korea values its imports c.i.f. (including cost, insurance and freight); Korea's imports from the US therefore look larger, and its surplus smaller.",
  "Timing: goods in transit at year end are counted in different years by the exporter and the importer.",
  "Re-exports and origin: goods shipped through third countries, and Korean-made goods exported from elsewhere, can be attributed to different partners by each side.",
  "Coverage and revisions: the two customs services define trade differently at the margins and revise on their own schedules.",
];

export function mirrorReport(ds: Dataset, p: { from?: string; to?: string }): MirrorReport {
  const cov = { from: String(ds.goodsAnnual[0]!.year), to: String(ds.goodsAnnual.at(-1)!.year) };
  const firstKorea = Math.max(Number(cov.from), Math.min(...ds.koreaGoods.map((r) => r.year)));
  const from = p.from !== undefined ? parseYearFlag("--from", p.from, cov) : firstKorea;
  const to = p.to !== undefined ? parseYearFlag("--to", p.to, cov) : Number(cov.to);
  checkOrder(from, to);
  const rows = ds.goodsAnnual
    .filter((r) => r.year >= from && r.year <= to)
    .map((r): MirrorRow => {
      const k = ds.koreaGoods.find((x) => x.year === r.year);
      const surplus = k?.balance ?? null;
      const deficit = -r.balance;
      return {
        year: r.year,
        us: { exportsToKorea: r.exports, importsFromKorea: r.imports, balance: r.balance },
        korea: {
          exportsToUs: k?.exportsToUs ?? null,
          importsFromUs: k?.importsFromUs ?? null,
          balance: surplus,
          sourceId: k?.sourceId ?? null,
        },
        usReportedDeficit: deficit,
        koreaReportedSurplus: surplus,
        difference: surplus === null ? null : subTenths(deficit, surplus),
      };
    });
  const services: MirrorServicesRow[] = [
    ...ds.servicesAnnual.map((s) => ({
      year: s.year,
      reporter: "US" as const,
      usExports: s.exports,
      usImports: s.imports,
      usBalance: s.balance,
      asOf: s.asOf,
      precision: s.precision,
      publisher: s.publisher,
      basis: "US balance of payments (BEA / FT-900), as stated by the publisher",
    })),
    ...ds.koreaServices.map((s) => ({
      year: s.year,
      reporter: "Korea" as const,
      usExports: null,
      usImports: null,
      usBalance: -s.balance,
      asOf: s.asOf,
      precision: s.precision,
      publisher: "Bank of Korea, regional balance of payments",
      basis: "Bank of Korea regional balance of payments",
    })),
    ...ds.koreaView
      .filter((r) => r.flow === "services")
      .map((s) => ({
        year: s.year,
        reporter: "Korea" as const,
        // Korea's imports are US exports, its exports US imports, its deficit a US surplus
        usExports: s.importsFromUs,
        usImports: s.exportsToUs,
        usBalance: s.balance === null ? null : -s.balance,
        asOf: "",
        // MOTIE's figures are given to $0.1 billion
        precision: 0.1,
        publisher: s.publisher,
        basis: "Bank of Korea basis, as stated by MOTIE",
      })),
  ].sort((a, b) => a.year - b.year || a.reporter.localeCompare(b.reporter) || a.asOf.localeCompare(b.asOf));
  return {
    ...reportHeader("mirror", [
      sourceRef(ds, "goods_annual"),
      sourceRef(ds, "korea_goods_annual"),
      sourceRef(ds, "services_annual"),
      sourceRef(ds, "korea_services_balance"),
      sourceRef(ds, "korea_view_annual"),
    ]),
    range: { from: String(from), to: String(to) },
    unit: "millions of US dollars",
    rows,
    why: MIRROR_WHY,
    services: {
      note: "Scattered published estimates, not a time series: US figures from USTR and KEI citing BEA/FT-900, Korean figures from the Bank of Korea's regional balance of payments (directly or via MOTIE). Both show a US surplus in services; their sizes differ widely (travel, education and royalties are recorded differently).",
      unit: "billions of US dollars",
      rows: services,
    },
    goodsAndServices:
      "No goods + services total is shown: the goods figures are on a customs basis (Census, KCS) and the services figures on a balance-of-payments basis, so no year has both on the same basis.",
  };
}
