import * as z from "zod";
import { isCalendarDate } from "../core/dates";
import type { DataFacts } from "./facts";

/**
 * zod schemas for every bundled data file. Each CSV schema reads one record of strings (as the CSV
 * holds it) and outputs the typed row; the types below are inferred from them, so the schema is the type.
 * An empty cell means "not found" (SOURCES.md): it becomes null, never 0.
 */

const number = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, "expected a plain number (digits, optional '-' and '.')")
  .transform(Number)
  // 400 digits read as Infinity: refused here, never compared
  .refine(Number.isFinite, "not a finite number (too many digits)");
const positive = number.refine((n) => n > 0, "expected a positive number");
const optional = <T extends z.ZodType<number, string>>(s: T) => z.union([z.literal("").transform(() => null), s]);
const year = z
  .string()
  .regex(/^\d{4}$/, "expected a four-digit year")
  .transform(Number)
  .refine((y) => y >= 1900 && y <= 2100, "year out of range 1900-2100");
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date");
const text = z.string().min(1, "must not be empty");
const url = z.string().regex(/^https?:\/\/\S+$/, "expected an http(s) URL");
const sourceId = z.string().regex(/^census_[a-z0-9_-]+(:(monthly_sum|scraper_annual))?$/, "expected a source_id from SOURCES.md");
/** Korea-side rows cite the source ids of SOURCES-korea-side.md and SOURCES-additions-2026-11.md (suffixes in sources.json). */
const koreaSourceId = z
  .string()
  .regex(/^[a-z][a-z0-9_]+(:(total|sum_of_members|imports_derived))?$/, "expected a source_id from SOURCES-korea-side.md");

export const goodsAnnualCsv = z
  .object({ year, exports_musd: number, imports_musd: number, balance_musd: number, source_id: sourceId })
  .transform((r) => ({
    year: r.year,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  }));

export const goodsMonthlyCsv = z
  .object({ month, exports_musd: number, imports_musd: number, balance_musd: number, source_id: sourceId })
  .transform((r) => ({
    month: r.month,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  }));

export const goodsVintageCsv = z
  .object({ year, source_id: sourceId, exports_musd: number, imports_musd: number, balance_musd: number })
  .transform((r) => ({
    year: r.year,
    sourceId: r.source_id,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
  }));

/** A partner's row, US Census (every flow given) or Korea's file (a flow may be missing): the same names. */
function partnerRow<N extends number | null>(r: {
  year: number;
  partner: string;
  partner_code: string;
  exports_musd: number;
  imports_musd: N;
  balance_musd: N;
  source_id: string;
}) {
  return {
    year: r.year,
    partner: r.partner,
    partnerCode: r.partner_code,
    exports: r.exports_musd,
    imports: r.imports_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  };
}

export const partnerAnnualCsv = z
  .object({
    year,
    partner: text,
    partner_code: z.string().regex(/^\d{4}$/, "expected a four-digit Census country code"),
    exports_musd: number,
    imports_musd: number,
    balance_musd: number,
    source_id: sourceId,
  })
  .transform(partnerRow);

export const servicesAnnualCsv = z
  .object({
    year,
    exports_busd: optional(number),
    imports_busd: optional(number),
    balance_busd: optional(number),
    precision_busd: positive,
    as_of: text,
    publisher_of_figure: text,
    retrieved_from: url,
  })
  .transform((r) => ({
    year: r.year,
    exports: r.exports_busd,
    imports: r.imports_busd,
    balance: r.balance_busd,
    precision: r.precision_busd,
    asOf: r.as_of,
    publisher: r.publisher_of_figure,
    url: r.retrieved_from,
  }));

export const koreaViewCsv = z
  .object({
    year,
    flow: z.enum(["goods", "services"]),
    exports_to_us_busd: optional(number),
    imports_from_us_busd: optional(number),
    balance_busd: optional(number),
    total_trade_busd: optional(number),
    publisher_of_figure: text,
    retrieved_from: url,
  })
  .transform((r) => ({
    year: r.year,
    flow: r.flow,
    exportsToUs: r.exports_to_us_busd,
    importsFromUs: r.imports_from_us_busd,
    balance: r.balance_busd,
    totalTrade: r.total_trade_busd,
    publisher: r.publisher_of_figure,
    url: r.retrieved_from,
  }));

/** Korea-reported goods trade with the US (KOSIS / Korea Customs Service): Korea's exports f.o.b., imports c.i.f. */
export const koreaGoodsCsv = z
  .object({
    year,
    exports_to_us_musd: number,
    imports_from_us_musd: optional(number),
    balance_musd: optional(number),
    source_id: koreaSourceId,
  })
  .transform((r) => ({
    year: r.year,
    exportsToUs: r.exports_to_us_musd,
    importsFromUs: r.imports_from_us_musd,
    balance: r.balance_musd,
    sourceId: r.source_id,
  }));

/** Korea's trade by partner as Korea reports it; WLD is the world total, EU rows are sums of members. */
export const koreaPartnerCsv = z
  .object({
    year,
    partner: text,
    partner_code: z.string().regex(/^[A-Z][A-Z0-9]{2,3}$/, "expected an ISO alpha-3 code (or EU27/EU28, WLD)"),
    exports_musd: number,
    imports_musd: optional(number),
    balance_musd: optional(number),
    source_id: koreaSourceId,
  })
  .transform(partnerRow);

export const AUTO_FLOWS = ["exports_to_us", "imports_from_us", "imports_from_korea"] as const;

/** The auto component: each row one reporter, one flow, one product class; bases are never mixed in a row. */
export const autosCsv = z
  .object({
    year,
    reporter: z.enum(["US", "KR"]),
    flow: z.enum(AUTO_FLOWS),
    product: text,
    value_musd: number,
    source_id: koreaSourceId,
  })
  .transform((r) => ({
    year: r.year,
    reporter: r.reporter,
    flow: r.flow,
    product: r.product,
    value: r.value_musd,
    sourceId: r.source_id,
  }));

/** Bank of Korea regional balance of payments: Korea's services balance with the US (negative = Korean deficit). */
export const koreaServicesCsv = z
  .object({
    year,
    balance_busd: number,
    precision_busd: positive,
    as_of: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM"),
    source_id: koreaSourceId,
  })
  .transform((r) => ({
    year: r.year,
    balance: r.balance_busd,
    precision: r.precision_busd,
    asOf: r.as_of,
    sourceId: r.source_id,
  }));

const fxColumns = {
  krw_per_usd: positive,
  usd_per_eur: optional(positive),
  eur_per_usd: optional(positive),
  jpy_per_usd: positive,
  cny_per_usd: positive,
  usd_per_eur_method: z.enum(["", "fred_raw", "recovered_unique_inverse", "ambiguous_inverse_left_blank"]),
};
const fxRow = (r: z.output<z.ZodObject<typeof fxColumns>>) => ({
  krwPerUsd: r.krw_per_usd,
  usdPerEur: r.usd_per_eur,
  eurPerUsd: r.eur_per_usd,
  jpyPerUsd: r.jpy_per_usd,
  cnyPerUsd: r.cny_per_usd,
  usdPerEurMethod: r.usd_per_eur_method === "" ? null : r.usd_per_eur_method,
});

export const fxAnnualCsv = z.object({ year, ...fxColumns }).transform((r) => ({ year: r.year, ...fxRow(r) }));
export const fxMonthlyCsv = z.object({ month, ...fxColumns }).transform((r) => ({ month: r.month, ...fxRow(r) }));

export const fxDailyCsv = z
  .object({
    date: isoDate,
    ecb_usd_per_eur: positive,
    ecb_krw_per_eur: positive,
    ecb_jpy_per_eur: positive,
    ecb_cny_per_eur: positive,
    fed_h10_usd_per_eur: optional(positive),
    fed_h10_krw_per_usd: optional(positive),
  })
  .transform((r) => ({
    date: r.date,
    ecbUsdPerEur: r.ecb_usd_per_eur,
    ecbKrwPerEur: r.ecb_krw_per_eur,
    ecbJpyPerEur: r.ecb_jpy_per_eur,
    ecbCnyPerEur: r.ecb_cny_per_eur,
    fedUsdPerEur: r.fed_h10_usd_per_eur,
    fedKrwPerUsd: r.fed_h10_krw_per_usd,
  }));

export const cpiCsv = z
  .object({
    year,
    cpi_u_1982_84_100: positive,
    months_averaged: z.string().regex(/^(1[0-2]|[1-9])$/, "expected 1-12"),
  })
  .transform((r) => ({ year: r.year, index: r.cpi_u_1982_84_100, monthsAveraged: Number(r.months_averaged) }));

/** An event other code refers to by name ("in-force": KORUS's entry into force) carries an anchor. */
const anchor = z.union([
  z.literal("").transform(() => null),
  z.string().regex(/^[a-z]+(-[a-z]+)*$/, "expected an empty cell or a kebab-case anchor name"),
]);

export const timelineCsv = z
  .object({ date: isoDate, event: text, actors: text, source_url: url, source_title: text, anchor })
  .transform((r) => ({
    date: r.date,
    event: r.event,
    actors: r.actors,
    sourceUrl: r.source_url,
    sourceTitle: r.source_title,
    anchor: r.anchor,
  }));

export const sourceInfo = z.object({
  publisher: text,
  title: text,
  vintage: text,
  url,
  retrieved: text,
  knownBy: isoDate,
});

const period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "expected YYYY or YYYY-MM");

/** Coverage is never written in sources.json (it is derived from the rows), nor the vintage of a dataset whose rows cite copies. */
export const datasetInfo = z.object({
  id: text,
  file: z.string().regex(/^[a-z0-9_-]+\.(csv|json)$/, "expected a file name in data/"),
  title: text,
  table: text,
  publisher: text,
  unit: text,
  basis: text,
  vintage: text.optional(),
  url: url.nullable(),
  notes: z.string(),
  periodNotes: z.array(z.object({ from: period, to: period, note: text })).optional(),
  /** periods known to be missing from the file (src/data/validate.ts accepts no other gap) */
  gaps: z.array(z.object({ from: period, to: period, note: text, group: text.optional() })).optional(),
  /** goods_monthly: years whose twelve months come from another release than the annual total */
  sumsDifferFromAnnual: z.array(z.object({ from: period, to: period, note: text })).optional(),
  /** goods_vintages: release copies that hold the same values over a span of years (SOURCES.md, Revisions) */
  copiesAgree: z.array(z.object({ copies: z.array(text).min(2), from: period, to: period })).optional(),
});

/** The fields of a dataset entry that only the validator reads. */
export const VALIDATION_FIELDS = ["gaps", "sumsDifferFromAnnual", "copiesAgree"] as const;

export const sourcesJson = z.object({
  $comment: z.string().optional(),
  sources: z.record(z.string(), sourceInfo),
  suffixes: z.record(z.string(), text),
  datasets: z.array(datasetInfo).min(1),
});

export const FACT_KINDS = ["figure", "event", "position", "quote"] as const;
/** Statements weighed against a whole table, not read as one claim (src/core/check/assess.ts). */
export const ASSESSMENTS = ["imports-by-origin", "auto-share"] as const;

export const articleFactsJson = z.object({
  $comment: z.string().optional(),
  article: z.object({ publisher: text, title: text, date: isoDate, url, byline: text }),
  facts: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case slug"),
        statement: text,
        quote: text,
        speaker: text,
        refersTo: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/, "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY"),
        kind: z.enum(FACT_KINDS),
        claim: text.nullable(),
        assess: z.enum(ASSESSMENTS).optional(),
      }),
    )
    .min(1)
    .refine((fs) => new Set(fs.map((f) => f.id)).size === fs.length, "fact ids must be unique"),
});

export type GoodsAnnualRow = z.output<typeof goodsAnnualCsv>;
export type GoodsMonthlyRow = z.output<typeof goodsMonthlyCsv>;
export type GoodsVintageRow = z.output<typeof goodsVintageCsv>;
export type PartnerAnnualRow = z.output<typeof partnerAnnualCsv>;
export type ServicesAnnualRow = z.output<typeof servicesAnnualCsv>;
export type KoreaViewRow = z.output<typeof koreaViewCsv>;
export type KoreaGoodsRow = z.output<typeof koreaGoodsCsv>;
export type KoreaPartnerRow = z.output<typeof koreaPartnerCsv>;
export type AutosRow = z.output<typeof autosCsv>;
export type KoreaServicesRow = z.output<typeof koreaServicesCsv>;
export type FxAnnualRow = z.output<typeof fxAnnualCsv>;
export type FxMonthlyRow = z.output<typeof fxMonthlyCsv>;
export type FxDailyRow = z.output<typeof fxDailyCsv>;
export type CpiRow = z.output<typeof cpiCsv>;
export type TimelineRow = z.output<typeof timelineCsv>;
export type SourceInfo = z.output<typeof sourceInfo>;
/** A dataset's provenance as korus uses it: what sources.json says, with coverage and vintage derived from the rows. */
export type DatasetEntry = z.output<typeof datasetInfo>;
export type DatasetInfo = Omit<DatasetEntry, "vintage" | "periodNotes" | (typeof VALIDATION_FIELDS)[number]> & {
  coverage: string;
  vintage: string;
  periodNotes: { from: string; to: string; note: string }[];
  rows: number;
};
export type SourcesMeta = Omit<z.output<typeof sourcesJson>, "datasets"> & { datasets: DatasetInfo[] };
export type ArticleFacts = z.output<typeof articleFactsJson>;
export type ArticleFact = ArticleFacts["facts"][number];

/** The whole bundled dataset, as validated at build time and inlined into the bundle. */
export interface Dataset {
  goodsAnnual: GoodsAnnualRow[];
  goodsMonthly: GoodsMonthlyRow[];
  goodsVintages: GoodsVintageRow[];
  partnersAnnual: PartnerAnnualRow[];
  servicesAnnual: ServicesAnnualRow[];
  koreaView: KoreaViewRow[];
  koreaGoods: KoreaGoodsRow[];
  koreaPartners: KoreaPartnerRow[];
  autos: AutosRow[];
  koreaServices: KoreaServicesRow[];
  fxAnnual: FxAnnualRow[];
  fxMonthly: FxMonthlyRow[];
  fxDaily: FxDailyRow[];
  cpi: CpiRow[];
  timeline: TimelineRow[];
  meta: SourcesMeta;
  article: ArticleFacts;
  /** facts derived from the rows above at load time: coverage, partners, anchors (src/data/facts.ts) */
  facts: DataFacts;
}

/**
 * Which file feeds which part of the dataset, under which sources.json id: the loader, the build and
 * `korus sources` share it.
 */
export const DATA_FILES = {
  goodsAnnual: { id: "goods_annual", file: "us_korea_goods_annual.csv", schema: goodsAnnualCsv },
  goodsMonthly: { id: "goods_monthly", file: "us_korea_goods_monthly.csv", schema: goodsMonthlyCsv },
  goodsVintages: { id: "goods_vintages", file: "us_korea_goods_annual_vintages.csv", schema: goodsVintageCsv },
  partnersAnnual: { id: "partners_annual", file: "us_partner_goods_annual.csv", schema: partnerAnnualCsv },
  servicesAnnual: { id: "services_annual", file: "us_korea_services_annual.csv", schema: servicesAnnualCsv },
  koreaView: { id: "korea_view_annual", file: "korea_view_us_trade_annual.csv", schema: koreaViewCsv },
  koreaGoods: { id: "korea_goods_annual", file: "korea_view_us_goods_annual.csv", schema: koreaGoodsCsv },
  koreaPartners: { id: "korea_partners_annual", file: "korea_goods_by_partner_annual.csv", schema: koreaPartnerCsv },
  autos: { id: "autos_annual", file: "us_korea_autos_annual.csv", schema: autosCsv },
  koreaServices: { id: "korea_services_balance", file: "korea_view_us_services_balance.csv", schema: koreaServicesCsv },
  fxAnnual: { id: "fx_annual", file: "fx_annual.csv", schema: fxAnnualCsv },
  fxMonthly: { id: "fx_monthly", file: "fx_monthly.csv", schema: fxMonthlyCsv },
  fxDaily: { id: "fx_daily", file: "fx_daily_2017_07.csv", schema: fxDailyCsv },
  cpi: { id: "cpi_u_annual", file: "cpi_u_annual.csv", schema: cpiCsv },
  timeline: { id: "korus_timeline", file: "korus_timeline.csv", schema: timelineCsv },
} as const;

export type DataKey = keyof typeof DATA_FILES;
