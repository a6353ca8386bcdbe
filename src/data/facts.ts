/**
 * Facts about the bundled data that commands state (coverage, the partners, the KORUS dates, which release
 * each stretch of a series comes from), derived from the validated rows when the data are loaded. Nothing
 * here is written by hand: a refreshed data/ (or KORUS_DATA_DIR) changes help texts, defaults and notes.
 */
import { DataError } from "../errors";
import type { Dataset, DatasetEntry, DatasetInfo, FxAnnualRow, FxMonthlyRow } from "./schema";

/** How Korea's partner file labels a row that is not one country: its source_id suffix (sources.json suffixes). */
export const KOREA_ROW_KINDS = { total: "world", sum_of_members: "group" } as const;

/** Census publishes a year's full-year total in early February of the next year. */
export const ANNUAL_RELEASE_DAY = "02-07";

export interface Span {
  from: string;
  to: string;
}

export interface PartnerFacts {
  name: string;
  /** Census country code */
  code: string;
  years: Span;
}

/** A row of Korea's partner file (korea_goods_by_partner_annual.csv): a country, the world total, or a group. */
export interface KoreaPartnerFacts {
  name: string;
  /** ISO alpha-3, or WLD / EU28 / EU27 */
  code: string;
  /** "world" (the KOSIS total, suffix :total), "group" (a sum of members, :sum_of_members) or "country" */
  kind: "world" | "group" | "country";
  /** years with any figure */
  years: Span;
}

export interface FxFacts {
  annual: Span | null;
  monthly: Span | null;
  /** the currency has a daily rate in the bundled week */
  daily: boolean;
}

export interface DataFacts {
  /** the partner the goods files describe (its rows in the partners file equal the annual file) */
  subject: string;
  goodsAnnual: Span;
  goodsMonthly: Span;
  /** years with bundled full-year releases (revisions) */
  vintages: Span;
  /** in file order; the subject first */
  partners: PartnerFacts[];
  partnerYears: Span;
  /** Korea's partner file, in file order */
  koreaPartners: KoreaPartnerFacts[];
  koreaPartnerYears: Span;
  /** the code of the partner whose rows are Korea's trade with the US (its exports equal korea_goods_annual's) */
  koreaUs: string;
  /** years of the auto component on each reporter's basis (null: none bundled) */
  autos: { US: Span | null; KR: Span | null };
  /** the latest year for which every partner has data: `partners`' default year (a full comparison) */
  partnersComplete: string;
  fxAnnual: Span;
  fxMonthly: Span;
  fxDaily: Span;
  fx: Record<"EUR" | "KRW" | "JPY" | "CNY", FxFacts>;
  cpi: Span;
  /** CPI years averaged over fewer than twelve months */
  cpiPartial: { year: number; months: number }[];
  timeline: Span;
  /** timeline anchors (data/korus_timeline.csv, column anchor) → date */
  anchors: Record<string, string>;
  /** the first date at which a full year had been published */
  firstAsOf: string;
  /** years whose twelve monthly values do not add up to the annual total (they come from another release) */
  monthlyAnnualGaps: { year: number; exports: number; imports: number }[];
  /**
   * What `korus --version` names: the last month and full year bundled, and the newest Census release copy the
   * goods files cite (its source_id and the date it was known by).
   */
  dataVintage: { lastMonth: string; lastYear: string; release: string; knownBy: string };
  /** the article korus checks (data/article-facts.json) */
  article: { publisher: string; date: string };
  /** years in which Korea's own customs figures give its balance with the US (both flows) */
  koreaGoods: Span;
}

/** Consecutive runs, compactly: [2011, 2012, 2015] → "2011-2012, 2015"; months alike with " to ". */
export function compactPeriods(periods: readonly string[]): string {
  const runs: [string, string][] = [];
  for (const p of periods) {
    const last = runs.at(-1);
    if (last && nextPeriod(last[1]) === p) last[1] = p;
    else runs.push([p, p]);
  }
  return runs.map(([a, b]) => (a === b ? a : a.length === 4 ? `${a}-${b}` : `${a} to ${b}`)).join(", ");
}

/** The period after a year (YYYY) or a month (YYYY-MM). */
export function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1);
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

export function spanOf(periods: readonly string[]): Span {
  return { from: periods[0]!, to: periods[periods.length - 1]! };
}

export function spanText(s: Span): string {
  return s.from === s.to ? s.from : s.from.length === 4 ? `${s.from}-${s.to}` : `${s.from} to ${s.to}`;
}

type Rows = Omit<Dataset, "facts" | "meta"> & { meta: Pick<Dataset["meta"], "sources"> };

const FX_CURRENCIES = ["EUR", "KRW", "JPY", "CNY"] as const;

function fxValue(r: FxAnnualRow | FxMonthlyRow, c: (typeof FX_CURRENCIES)[number]): number | null {
  if (c === "EUR") return r.usdPerEur ?? r.eurPerUsd;
  return c === "KRW" ? r.krwPerUsd : c === "JPY" ? r.jpyPerUsd : r.cnyPerUsd;
}

/** Facts of validated rows; the loader has already checked order, the subject's rows and the anchors. */
function newestRelease(ds: Rows): DataFacts["dataVintage"] {
  const ids = new Set([...ds.goodsAnnual, ...ds.goodsMonthly].map((r) => r.sourceId.split(":")[0]!));
  const known = [...ids].map((id) => ({ id, knownBy: ds.meta.sources[id]?.knownBy ?? "" }));
  const newest = known.sort((a, b) => (a.knownBy < b.knownBy ? 1 : a.knownBy > b.knownBy ? -1 : 0))[0];
  return {
    lastMonth: ds.goodsMonthly.at(-1)?.month ?? "",
    lastYear: String(ds.goodsAnnual.at(-1)?.year ?? ""),
    release: newest?.id ?? "",
    knownBy: newest?.knownBy ?? "",
  };
}

/** The latest year with a row for every partner (the files may reach a year for some partners only). */
function latestCompleteYear(rows: { year: number; partner: string }[], partners: number): number {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? new Set()).add(r.partner));
  const complete = [...byYear].filter(([, names]) => names.size === partners).map(([y]) => y);
  return complete.length ? Math.max(...complete) : Math.max(...byYear.keys());
}

export function deriveFacts(ds: Rows, subject: string): DataFacts {
  const years = (rows: { year: number }[]) => spanOf(rows.map((r) => String(r.year)));
  const partners: PartnerFacts[] = [...new Set(ds.partnersAnnual.map((r) => r.partner))].map((name) => {
    const rows = ds.partnersAnnual.filter((r) => r.partner === name);
    const ys = rows.map((r) => r.year);
    return { name, code: rows[0]!.partnerCode, years: { from: String(Math.min(...ys)), to: String(Math.max(...ys)) } };
  });
  partners.sort((a, b) => (a.name === subject ? -1 : b.name === subject ? 1 : 0));
  const fx = Object.fromEntries(
    FX_CURRENCIES.map((c) => {
      const a = ds.fxAnnual.filter((r) => fxValue(r, c) !== null).map((r) => String(r.year));
      const m = ds.fxMonthly.filter((r) => fxValue(r, c) !== null).map((r) => r.month);
      return [c, { annual: a.length ? spanOf(a) : null, monthly: m.length ? spanOf(m) : null, daily: ds.fxDaily.length > 0 }];
    }),
  ) as DataFacts["fx"];
  const anchors: Record<string, string> = {};
  for (const e of ds.timeline) if (e.anchor) anchors[e.anchor] = e.date;
  const gaps: DataFacts["monthlyAnnualGaps"] = [];
  for (const a of ds.goodsAnnual) {
    const months = ds.goodsMonthly.filter((m) => m.month.startsWith(`${a.year}-`));
    if (months.length !== 12) continue;
    const sum = (k: "exports" | "imports") => Math.round(months.reduce((s, m) => s + m[k], 0) * 10) / 10;
    const ex = Math.round((sum("exports") - a.exports) * 10) / 10;
    const im = Math.round((sum("imports") - a.imports) * 10) / 10;
    // every published value is rounded to 0.1: twelve of them can drift by a tenth or two from the total
    if (Math.abs(ex) > 0.2 || Math.abs(im) > 0.2) gaps.push({ year: a.year, exports: ex, imports: im });
  }
  const firstYear = ds.goodsAnnual[0]!.year;
  const kinds: Record<string, KoreaPartnerFacts["kind"]> = KOREA_ROW_KINDS;
  const koreaPartners: KoreaPartnerFacts[] = [...new Set(ds.koreaPartners.map((r) => r.partnerCode))].map((code) => {
    const rows = ds.koreaPartners.filter((r) => r.partnerCode === code);
    const suffix = rows[0]!.sourceId.split(":")[1] ?? "";
    return { name: rows[0]!.partner, code, kind: kinds[suffix] ?? "country", years: years(rows) };
  });
  const koreaUs = koreaPartners.find((p) => {
    const rows = ds.koreaPartners.filter((r) => r.partnerCode === p.code);
    return rows.every((r) => ds.koreaGoods.find((g) => g.year === r.year)?.exportsToUs === r.exports);
  })?.code;
  if (koreaUs === undefined)
    throw new DataError(
      "korea_goods_by_partner_annual.csv: no partner's exports equal korea_view_us_goods_annual.csv year by year (the US rows must match it)",
    );
  const autoYears = (who: "US" | "KR") => {
    const ys = [...new Set(ds.autos.filter((r) => r.reporter === who).map((r) => r.year))].sort((a, b) => a - b).map(String);
    return ys.length ? spanOf(ys) : null;
  };
  return {
    subject,
    goodsAnnual: years(ds.goodsAnnual),
    goodsMonthly: spanOf(ds.goodsMonthly.map((r) => r.month)),
    vintages: spanOf([...new Set(ds.goodsVintages.map((r) => r.year))].sort().map(String)),
    partners,
    partnerYears: years([...ds.partnersAnnual].sort((a, b) => a.year - b.year)),
    koreaPartners,
    koreaPartnerYears: years(ds.koreaPartners),
    koreaUs,
    autos: { US: autoYears("US"), KR: autoYears("KR") },
    partnersComplete: String(latestCompleteYear(ds.partnersAnnual, partners.length)),
    dataVintage: newestRelease(ds),
    fxAnnual: years(ds.fxAnnual),
    fxMonthly: spanOf(ds.fxMonthly.map((r) => r.month)),
    fxDaily: spanOf(ds.fxDaily.map((r) => r.date)),
    fx,
    cpi: years(ds.cpi),
    cpiPartial: ds.cpi.filter((r) => r.monthsAveraged < 12).map((r) => ({ year: r.year, months: r.monthsAveraged })),
    timeline: spanOf(ds.timeline.map((r) => r.date)),
    anchors,
    firstAsOf: `${firstYear + 1}-${ANNUAL_RELEASE_DAY}`,
    monthlyAnnualGaps: gaps,
    koreaGoods: years(ds.koreaGoods.filter((r) => r.balance !== null)),
    article: { publisher: ds.article.article.publisher, date: ds.article.article.date },
  };
}

/** Which stretches of a series come from which source copy: "census_country_xlsx_v2024 for 1985-2021; …". */
export function copiesText(rows: { period: string; sourceId: string; partner?: string }[]): string {
  const byCopy = new Map<string, { periods: Set<string>; partners: Set<string> }>();
  for (const r of rows) {
    const id = r.sourceId.split(":")[0]!;
    const entry = byCopy.get(id) ?? { periods: new Set(), partners: new Set() };
    entry.periods.add(r.period);
    if (r.partner) entry.partners.add(r.partner);
    byCopy.set(id, entry);
  }
  const allPartners = new Set(rows.flatMap((r) => (r.partner ? [r.partner] : [])));
  return [...byCopy.entries()]
    .map(([id, e]) => {
      const who = e.partners.size && e.partners.size < allPartners.size ? ` (${[...e.partners].join(", ")})` : "";
      return `${id} for ${compactPeriods([...e.periods].sort())}${who}`;
    })
    .join("; ");
}

/** sources.json's dataset entries completed with what the rows say: coverage, and the vintage of row-sourced data. */
export function describeDatasets(ds: Rows, datasets: DatasetEntry[], facts: DataFacts): DatasetInfo[] {
  const partnerSpans = facts.partners.filter(
    (p) => p.years.to !== facts.partnerYears.to || p.years.from !== facts.partnerYears.from,
  );
  const eur = facts.fx.EUR;
  const derived: Record<string, { coverage: string; vintage?: string; rows: number }> = {
    goods_annual: {
      coverage: spanText(facts.goodsAnnual),
      vintage: copiesText(ds.goodsAnnual.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
      rows: ds.goodsAnnual.length,
    },
    goods_monthly: {
      coverage: spanText(facts.goodsMonthly),
      vintage: copiesText(ds.goodsMonthly.map((r) => ({ period: r.month, sourceId: r.sourceId }))),
      rows: ds.goodsMonthly.length,
    },
    goods_vintages: {
      coverage: spanText(facts.vintages),
      vintage: `${new Set(ds.goodsVintages.map((r) => r.sourceId.split(":")[0])).size} release copies (korus revisions): ${copiesText(
        ds.goodsVintages.map((r) => ({ period: String(r.year), sourceId: r.sourceId })),
      )}`,
      rows: ds.goodsVintages.length,
    },
    partners_annual: {
      coverage: `${spanText(facts.partnerYears)}${partnerSpans.length ? ` (${partnerSpans.map((p) => `${p.name} ${spanText(p.years)}`).join(", ")})` : ""}`,
      vintage: copiesText(ds.partnersAnnual.map((r) => ({ period: String(r.year), sourceId: r.sourceId, partner: r.partner }))),
      rows: ds.partnersAnnual.length,
    },
    services_annual: {
      coverage: compactPeriods([...new Set(ds.servicesAnnual.map((r) => String(r.year)))].sort()),
      rows: ds.servicesAnnual.length,
    },
    korea_view_annual: {
      coverage: (["goods", "services"] as const)
        .map((f) => `${f} ${compactPeriods(ds.koreaView.filter((r) => r.flow === f).map((r) => String(r.year)))}`)
        .join("; "),
      rows: ds.koreaView.length,
    },
    korea_goods_annual: {
      coverage: compactPeriods(ds.koreaGoods.map((r) => String(r.year))),
      vintage: copiesText(ds.koreaGoods.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
      rows: ds.koreaGoods.length,
    },
    korea_partners_annual: {
      coverage: compactPeriods([...new Set(ds.koreaPartners.map((r) => String(r.year)))]),
      vintage: copiesText(ds.koreaPartners.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
      rows: ds.koreaPartners.length,
    },
    autos_annual: {
      coverage: (["US", "KR"] as const)
        .map(
          (who) =>
            `${who} ${compactPeriods([...new Set(ds.autos.filter((r) => r.reporter === who).map((r) => String(r.year)))])}`,
        )
        .join("; "),
      vintage: copiesText(ds.autos.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
      rows: ds.autos.length,
    },
    korea_services_balance: {
      coverage: compactPeriods([...new Set(ds.koreaServices.map((r) => String(r.year)))].sort()),
      rows: ds.koreaServices.length,
    },
    fx_annual: {
      coverage: `${spanText(facts.fxAnnual)}${eur.annual && eur.annual.from !== facts.fxAnnual.from ? ` (EUR from ${eur.annual.from})` : ""}`,
      rows: ds.fxAnnual.length,
    },
    fx_monthly: {
      coverage: `${spanText(facts.fxMonthly)}${eur.monthly && eur.monthly.from !== facts.fxMonthly.from ? ` (EUR from ${eur.monthly.from})` : ""}`,
      rows: ds.fxMonthly.length,
    },
    fx_daily: { coverage: spanText(facts.fxDaily), rows: ds.fxDaily.length },
    cpi_u_annual: { coverage: spanText(facts.cpi), rows: ds.cpi.length },
    korus_timeline: { coverage: spanText(facts.timeline), rows: ds.timeline.length },
    article_facts: { coverage: ds.article.article.date, rows: ds.article.facts.length },
  };
  return datasets.map((d) => {
    const got = derived[d.id];
    const vintage = d.vintage ?? got?.vintage;
    if (!got || vintage === undefined)
      throw new DataError(`sources.json:1: datasets ${d.id}: no vintage, and none can be derived`);
    return { ...d, coverage: got.coverage, vintage, periodNotes: d.periodNotes ?? [], rows: got.rows };
  });
}
