/**
 * The rules a data/ copy must keep, declared per dataset (RULES) and across files (CROSS_CHECKS), and the one
 * walker that applies them. A dataset joins with one entry in RULES (the type requires one for every key of
 * DATA_FILES). Every problem is a DataError worded `file:line: problem`, the line being the CSV line of
 * the row (or of the sources.json key) at fault. Comparisons are written so that NaN fails them.
 *
 * Tolerances are the ones data/SOURCES.md states, and are stated here once.
 */
import { DataError } from "../errors";
import { nextPeriod } from "./facts";
import { DATA_FILES, type DataKey, type Dataset } from "./schema";

/** SOURCES.md: balance_musd "matches [exports − imports] to within 0.1 in every row". */
export const BALANCE_TOLERANCE = 0.1;
/** SOURCES.md: "the monthly sums match the annual file within 0.2" (twelve values rounded to 0.1). */
export const MONTHLY_SUM_TOLERANCE = 0.2;
/** An exchange rate moves less than this factor from one period to the next (the largest in the data: 1.5, KRW in 1997-98, CNY in 1994). */
export const RATE_FACTOR = 2;
/** The CPI-U moves less than this factor from one year to the next (largest since 1980: 1.10). */
export const CPI_FACTOR = 1.25;
/** No bundled value comes near this (US imports from the world are about 3.3e6 $M): a 300-digit number is damage. */
export const MAGNITUDE_LIMIT = 1e9;
/** eur_per_usd is 1/usd_per_eur rounded to 4 decimals (SOURCES.md). */
const INVERSE_TOLERANCE = 0.00005;
/** Floating-point slack on top of a stated tolerance: 0.1 stays 0.1 when computed as 72.7 − 58.9 − 13.8. */
const EPS = 1e-9;

export function located(file: string, line: number, problem: string): DataError {
  return new DataError(`${file}:${line}: ${problem}`);
}

/** A numeric field of a row, with its CSV column for messages. */
interface Column<R> {
  get: (r: R) => number | null;
  name: string;
}
const col = <R>(name: string, get: (r: R) => number | null): Column<R> => ({ name, get });

export interface DatasetRules<R> {
  /** the period a row describes: YYYY, YYYY-MM or YYYY-MM-DD */
  period: (r: R) => string;
  /** the other key columns: rows of one group form one series (a partner, a source copy, a flow) */
  group?: (r: R) => string;
  /** (group, period) identifies a row */
  unique: boolean;
  /** every group's periods follow each other (YYYY or YYYY-MM), except periods sources.json declares as gaps */
  contiguous: boolean;
  /** numbers that cannot be negative (flows, totals) */
  nonNegative?: Column<R>[];
  /** exports − imports = balance, within BALANCE_TOLERANCE (or the row's own published precision, when coarser) */
  balance?: { exports: Column<R>; imports: Column<R>; balance: Column<R>; precision?: (r: R) => number };
  /** exports + imports = total, within BALANCE_TOLERANCE */
  total?: { exports: Column<R>; imports: Column<R>; total: Column<R> };
  /** each value within `factor` of the group's previous value (a misplaced decimal point, a 0.0001) */
  neighbours?: { columns: Column<R>[]; factor: number };
  /** pairs of columns that are each other's inverse, rounded to 4 decimals */
  inverse?: [Column<R>, Column<R>][];
  /** the row's source_id, which sources.json must describe (its part before ':') */
  source?: (r: R) => string;
  /** any other rule of one row: the problem, or null */
  row?: (r: R) => string | null;
}

type Row<K extends DataKey> = Dataset[K][number];
type Goods = { exports: number; imports: number; balance: number };

function goodsRules<R extends Goods>(
  period: (r: R) => string,
  group: ((r: R) => string) | undefined,
  contiguous: boolean,
): DatasetRules<R> {
  const exports = col<R>("exports_musd", (r) => r.exports);
  const imports = col<R>("imports_musd", (r) => r.imports);
  return {
    period,
    group,
    unique: true,
    contiguous,
    nonNegative: [exports, imports],
    balance: { exports, imports, balance: col("balance_musd", (r) => r.balance) },
    source: (r) => (r as R & { sourceId: string }).sourceId,
  };
}

const fxColumns = <R extends Row<"fxAnnual"> | Row<"fxMonthly">>() => {
  const usdPerEur = col<R>("usd_per_eur", (r) => r.usdPerEur);
  const eurPerUsd = col<R>("eur_per_usd", (r) => r.eurPerUsd);
  return {
    neighbours: {
      columns: [
        col<R>("krw_per_usd", (r) => r.krwPerUsd),
        usdPerEur,
        eurPerUsd,
        col<R>("jpy_per_usd", (r) => r.jpyPerUsd),
        col<R>("cny_per_usd", (r) => r.cnyPerUsd),
      ],
      factor: RATE_FACTOR,
    },
    inverse: [[usdPerEur, eurPerUsd]] as [Column<R>, Column<R>][],
  };
};

type DailyRow = Row<"fxDaily">;

/** One entry per dataset of DATA_FILES. */
export const RULES: { [K in DataKey]: DatasetRules<Row<K>> } = {
  goodsAnnual: goodsRules((r) => String(r.year), undefined, true),
  goodsMonthly: goodsRules((r) => r.month, undefined, true),
  // several release copies per year; each copy's years need not follow each other
  goodsVintages: goodsRules(
    (r) => String(r.year),
    (r) => r.sourceId,
    false,
  ),
  partnersAnnual: goodsRules(
    (r) => String(r.year),
    (r) => r.partner,
    true,
  ),
  // sparse by nature: statements found in stored pages, several per year
  servicesAnnual: {
    period: (r) => String(r.year),
    group: (r) => `${r.publisher} ${r.asOf}`,
    unique: true,
    contiguous: false,
    nonNegative: [col("exports_busd", (r) => r.exports), col("imports_busd", (r) => r.imports)],
    balance: {
      exports: col("exports_busd", (r) => r.exports),
      imports: col("imports_busd", (r) => r.imports),
      balance: col("balance_busd", (r) => r.balance),
      precision: (r) => r.precision,
    },
  },
  koreaView: {
    period: (r) => String(r.year),
    group: (r) => r.flow,
    unique: true,
    contiguous: false,
    nonNegative: [
      col("exports_to_us_busd", (r) => r.exportsToUs),
      col("imports_from_us_busd", (r) => r.importsFromUs),
      col("total_trade_busd", (r) => r.totalTrade),
    ],
    balance: {
      exports: col("exports_to_us_busd", (r) => r.exportsToUs),
      imports: col("imports_from_us_busd", (r) => r.importsFromUs),
      balance: col("balance_busd", (r) => r.balance),
    },
    total: {
      exports: col("exports_to_us_busd", (r) => r.exportsToUs),
      imports: col("imports_from_us_busd", (r) => r.importsFromUs),
      total: col("total_trade_busd", (r) => r.totalTrade),
    },
  },
  fxAnnual: { period: (r) => String(r.year), unique: true, contiguous: true, ...fxColumns<Row<"fxAnnual">>() },
  fxMonthly: { period: (r) => r.month, unique: true, contiguous: true, ...fxColumns<Row<"fxMonthly">>() },
  // business days: weekends and holidays are not gaps
  fxDaily: {
    period: (r) => r.date,
    unique: true,
    contiguous: false,
    neighbours: {
      columns: [
        col<DailyRow>("ecb_usd_per_eur", (r) => r.ecbUsdPerEur),
        col<DailyRow>("ecb_krw_per_eur", (r) => r.ecbKrwPerEur),
        col<DailyRow>("ecb_jpy_per_eur", (r) => r.ecbJpyPerEur),
        col<DailyRow>("ecb_cny_per_eur", (r) => r.ecbCnyPerEur),
        col<DailyRow>("fed_h10_usd_per_eur", (r) => r.fedUsdPerEur),
        col<DailyRow>("fed_h10_krw_per_usd", (r) => r.fedKrwPerUsd),
      ],
      factor: RATE_FACTOR,
    },
  },
  cpi: {
    period: (r) => String(r.year),
    unique: true,
    contiguous: true,
    neighbours: { columns: [col("cpi_u_1982_84_100", (r) => r.index)], factor: CPI_FACTOR },
  },
  // several events can share a date
  timeline: { period: (r) => r.date, unique: false, contiguous: false },
  // Korea's side (SOURCES-korea-side.md): $ millions, imports and balance may be "not found"
  koreaGoods: {
    period: (r) => String(r.year),
    unique: true,
    contiguous: true,
    nonNegative: [col("exports_to_us_musd", (r) => r.exportsToUs), col("imports_from_us_musd", (r) => r.importsFromUs)],
    balance: {
      exports: col("exports_to_us_musd", (r) => r.exportsToUs),
      imports: col("imports_from_us_musd", (r) => r.importsFromUs),
      balance: col("balance_musd", (r) => r.balance),
    },
    source: (r) => r.sourceId,
  },
  koreaPartners: {
    period: (r) => String(r.year),
    group: (r) => r.partnerCode,
    unique: true,
    contiguous: true,
    nonNegative: [col("exports_musd", (r) => r.exports), col("imports_musd", (r) => r.imports)],
    balance: {
      exports: col("exports_musd", (r) => r.exports),
      imports: col("imports_musd", (r) => r.imports),
      balance: col("balance_musd", (r) => r.balance),
    },
    source: (r) => r.sourceId,
  },
  // one series per reporter, flow and product class
  autos: {
    period: (r) => String(r.year),
    group: (r) => `${r.reporter} ${r.flow} ${r.product}`,
    unique: true,
    contiguous: true,
    nonNegative: [col("value_musd", (r) => r.value)],
    source: (r) => r.sourceId,
    // each side reports its own flows: Korea its exports to and imports from the US, the US its imports from Korea
    row: (r) =>
      (r.reporter === "US") === (r.flow === "imports_from_korea")
        ? null
        : `reporter ${r.reporter} cannot report the flow ${r.flow}`,
  },
  // scattered statements of the Bank of Korea, several releases per year
  koreaServices: {
    period: (r) => String(r.year),
    group: (r) => r.asOf,
    unique: true,
    contiguous: false,
    source: (r) => r.sourceId,
  },
};

/** What sources.json declares about a dataset that the rules need. */
export interface Declared {
  /** periods known to be missing, by dataset id (sources.json datasets[].gaps); `group`: of that group only (a partner) */
  gaps: Record<string, { from: string; to: string; group?: string | undefined }[]>;
  /** where to point at in sources.json: the line of datasets[i] */
  datasetLine: (id: string) => number;
}

const inSpan = (p: string, spans: { from: string; to: string }[]) => spans.some((s) => p >= s.from && p <= s.to);

/** Applies one dataset's rules to its rows; `lines[i]` is the CSV line of `rows[i]`. */
export function checkRows<K extends DataKey>(key: K, rows: Row<K>[], lines: number[], declared: Declared): void {
  const rules = RULES[key] as DatasetRules<Row<K>>;
  const { file, id } = DATA_FILES[key];
  const at = (i: number, problem: string) => located(file, lines[i] ?? 1, problem);
  const gaps = declared.gaps[id] ?? [];
  const seen = new Map<string, number>();
  const last = new Map<string, string>();
  const lastValue = new Map<string, { value: number; period: string }>();
  const labelOf = (r: Row<K>) => {
    const group = rules.group?.(r) ?? "";
    return { period: rules.period(r), group, label: group ? `${rules.period(r)} ${group}` : rules.period(r) };
  };
  // first the keys: unique, and each series in period order (a swapped pair of rows is named as such)
  rows.forEach((r, i) => {
    const { period, group, label } = labelOf(r);
    if (rules.unique) {
      const k = `${group}\u0000${period}`;
      const first = seen.get(k);
      if (first !== undefined) throw at(i, `duplicate entry for ${label} (first on line ${lines[first]})`);
      seen.set(k, i);
    }
    const before = last.get(group);
    if (before !== undefined && !(period >= before))
      throw at(i, `${label} is out of order (after ${before}${group ? ` ${group}` : ""})`);
    last.set(group, period);
  });
  last.clear();
  rows.forEach((r, i) => {
    const { period, group, label } = labelOf(r);
    const before = last.get(group);
    last.set(group, period);
    if (rules.contiguous && before !== undefined) {
      if (period !== nextPeriod(before)) {
        const mine = gaps.filter((g) => g.group === undefined || g.group === group);
        for (let p = nextPeriod(before); p < period; p = nextPeriod(p)) {
          if (!inSpan(p, mine))
            throw at(
              i,
              `${label} follows ${before}: ${p} is missing (a gap must be declared in sources.json, datasets ${id}, gaps)`,
            );
        }
      }
    }
    const problem = rules.row?.(r);
    if (problem) throw at(i, `${problem} (${label})`);
    for (const c of rules.nonNegative ?? []) {
      const v = c.get(r);
      if (v !== null && !(v >= 0)) throw at(i, `${c.name}: ${v} is negative (${label}): flows cannot be negative`);
    }
    const b = rules.balance;
    if (b) {
      const [ex, im, bal] = [b.exports.get(r), b.imports.get(r), b.balance.get(r)];
      const tol = Math.max(BALANCE_TOLERANCE, b.precision?.(r) ?? 0) + EPS;
      if (ex !== null && im !== null && bal !== null && !(Math.abs(ex - im - bal) <= tol))
        throw at(
          i,
          `${b.balance.name}: ${bal} is not ${b.exports.name} - ${b.imports.name} (${ex} - ${im}) within ${tol - EPS} (${label})`,
        );
    }
    const t = rules.total;
    if (t) {
      const [ex, im, tot] = [t.exports.get(r), t.imports.get(r), t.total.get(r)];
      if (ex !== null && im !== null && tot !== null && !(Math.abs(ex + im - tot) <= BALANCE_TOLERANCE + EPS))
        throw at(i, `${t.total.name}: ${tot} is not ${t.exports.name} + ${t.imports.name} (${ex} + ${im}) (${label})`);
    }
    for (const [a, inv] of rules.inverse ?? []) {
      const [x, y] = [a.get(r), inv.get(r)];
      if (x !== null && y !== null && !(Math.abs(1 / x - y) <= INVERSE_TOLERANCE + EPS))
        throw at(i, `${inv.name}: ${y} is not 1/${a.name} (1/${x} = ${(1 / x).toFixed(6)}) (${label})`);
    }
    const n = rules.neighbours;
    if (n) {
      for (const c of n.columns) {
        const v = c.get(r);
        if (v === null) continue;
        const k = `${group}\u0000${c.name}`;
        const before = lastValue.get(k);
        if (before && !(v <= before.value * n.factor && v >= before.value / n.factor))
          throw at(
            i,
            `${c.name}: ${v} (${label}) is not within a factor ${n.factor} of the previous value, ${before.value} (${before.period})`,
          );
        lastValue.set(k, { value: v, period });
      }
    }
  });
  // a gap declared where the data has a row is a stale declaration
  for (const g of gaps) {
    const i = rows.findIndex((r) => inSpan(rules.period(r), [g]) && (g.group === undefined || g.group === rules.group?.(r)));
    if (i >= 0)
      throw located(
        "sources.json",
        declared.datasetLine(id),
        `datasets ${id}: gaps declares ${g.from}-${g.to} missing, but ${file}:${lines[i]} has ${rules.period(rows[i]!)}`,
      );
  }
}

/** Every number a row holds is finite (a 400-digit number is Infinity; NaN never compares) and of a plausible size. */
export function checkFinite(key: DataKey, rows: readonly object[], lines: number[]): void {
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      if (typeof v === "number" && !(Math.abs(v) < MAGNITUDE_LIMIT))
        throw located(
          DATA_FILES[key].file,
          lines[i] ?? 1,
          Number.isFinite(v)
            ? `${k}: ${v} is beyond any plausible value (${MAGNITUDE_LIMIT})`
            : `${k}: ${v} is not a finite number`,
        );
    }
  });
}

/** What sources.json declares across files (datasets[].sumsDifferFromAnnual, datasets[].copiesAgree). */
export interface CrossDeclared extends Declared {
  /** goods_monthly: years whose twelve months come from another release than the annual total */
  sumsDiffer: { from: string; to: string }[];
  /** goods_vintages: release copies known to hold the same values over a span of years */
  copiesAgree: { copies: string[]; from: string; to: string }[];
  /** source ids sources.json describes */
  sources: Set<string>;
  /** dataset ids sources.json describes */
  datasetIds: string[];
}

type Rows = Omit<Dataset, "facts" | "meta">;
type Lines = Record<DataKey, number[]>;

interface CrossCheck {
  /** what the check holds, for the README and the tests */
  rule: string;
  check: (ds: Rows, lines: Lines, d: CrossDeclared) => void;
}

const loc = (key: DataKey, lines: Lines, i: number) => `${DATA_FILES[key].file}:${lines[key][i] ?? 1}`;
const goodsKey = (r: Goods) => `${r.exports}/${r.imports}/${r.balance}`;

/** Sums of values published to 0.1, in tenths (no float drift over twelve additions). */
const sumTenths = (xs: number[]) => Math.round(xs.reduce((s, x) => s + Math.round(x * 10), 0)) / 10;

export const CROSS_CHECKS: CrossCheck[] = [
  {
    rule: "every dataset file has an entry in sources.json",
    check: (_ds, _lines, d) => {
      for (const spec of Object.values(DATA_FILES)) {
        if (!d.datasetIds.includes(spec.id))
          throw located("sources.json", d.datasetLine("datasets"), `datasets: no entry for ${spec.id} (${spec.file})`);
      }
    },
  },
  {
    rule: "every source_id is described in sources.json",
    check: (ds, lines, d) => {
      for (const key of Object.keys(DATA_FILES) as DataKey[]) {
        const source = (RULES[key] as DatasetRules<object>).source;
        if (!source) continue;
        (ds[key] as object[]).forEach((r, i) => {
          const id = source(r);
          if (!d.sources.has(id.split(":")[0]!))
            throw new DataError(`${loc(key, lines, i)}: source_id ${id} is not described in sources.json`);
        });
      }
    },
  },
  {
    rule: "a partner keeps one Census code",
    check: (ds, lines) => {
      const codes = new Map<string, string>();
      ds.partnersAnnual.forEach((r, i) => {
        const code = codes.get(r.partner) ?? r.partnerCode;
        if (code !== r.partnerCode)
          throw new DataError(`${loc("partnersAnnual", lines, i)}: ${r.partner} has code ${r.partnerCode}, earlier ${code}`);
        codes.set(r.partner, code);
      });
    },
  },
  {
    rule: "the subject's rows of the partners file equal the annual goods file, year by year",
    check: (ds, lines) => {
      subjectOf(ds, lines);
    },
  },
  {
    rule: `the twelve months of a year add up to its annual total within ${MONTHLY_SUM_TOLERANCE}, except years sources.json declares (goods_monthly, sumsDifferFromAnnual)`,
    check: (ds, lines, d) => {
      ds.goodsAnnual.forEach((a, ai) => {
        const idx: number[] = [];
        ds.goodsMonthly.forEach((m, i) => {
          if (m.month.startsWith(`${a.year}-`)) idx.push(i);
        });
        if (idx.length !== 12 || inSpan(String(a.year), d.sumsDiffer)) return;
        for (const k of ["exports", "imports"] as const) {
          const sum = sumTenths(idx.map((i) => ds.goodsMonthly[i]![k]));
          if (!(Math.abs(sum - a[k]) <= MONTHLY_SUM_TOLERANCE + EPS))
            throw new DataError(
              `${loc("goodsMonthly", lines, idx[0]!)}: the months of ${a.year} sum to ${k} ${sum}, but ${loc("goodsAnnual", lines, ai)} has ${a[k]} (more than ${MONTHLY_SUM_TOLERANCE} apart; years from another release are declared in sources.json, goods_monthly, sumsDifferFromAnnual)`,
            );
        }
      });
    },
  },
  {
    rule: "a release copy's value in the vintages file equals the annual file's value from the same copy, and copies declared to agree (goods_vintages, copiesAgree) hold equal values",
    check: (ds, lines, d) => {
      const annual = new Map(ds.goodsAnnual.map((r, i) => [r.year, { r, i }]));
      const byYear = new Map<string, number>();
      ds.goodsVintages.forEach((v, i) => {
        byYear.set(`${v.year} ${v.sourceId.split(":")[0]}`, i);
        const a = annual.get(v.year);
        if (a && a.r.sourceId === v.sourceId && goodsKey(a.r) !== goodsKey(v))
          throw new DataError(
            `${loc("goodsVintages", lines, i)}: ${v.year} ${v.sourceId} is ${goodsKey(v)} (exports/imports/balance), but ${loc("goodsAnnual", lines, a.i)} from the same copy has ${goodsKey(a.r)}`,
          );
      });
      for (const agree of d.copiesAgree) {
        const [first, ...others] = agree.copies;
        for (const [k, i] of byYear) {
          const [year, copy] = k.split(" ") as [string, string];
          if (copy !== first || !inSpan(year, [agree])) continue;
          for (const other of others) {
            const j = byYear.get(`${year} ${other}`);
            if (j === undefined) continue;
            const [x, y] = [ds.goodsVintages[i]!, ds.goodsVintages[j]!];
            if (goodsKey(x) !== goodsKey(y))
              throw new DataError(
                `${loc("goodsVintages", lines, Math.max(i, j))}: ${year}: ${first} (${goodsKey(x)}) and ${other} (${goodsKey(y)}) differ, but sources.json declares them equal for ${agree.from}-${agree.to}`,
              );
          }
        }
      }
    },
  },
  {
    rule: "Korea's rows for the US in its partners file equal its US file, in every year both hold",
    check: (ds, lines) => {
      const us = new Map(ds.koreaGoods.map((r, i) => [r.year, { key: `${r.exportsToUs}/${r.importsFromUs}/${r.balance}`, i }]));
      ds.koreaPartners.forEach((p, i) => {
        if (p.partnerCode !== "USA") return;
        const a = us.get(p.year);
        const key = `${p.exports}/${p.imports}/${p.balance}`;
        if (a && a.key !== key)
          throw new DataError(
            `${loc("koreaPartners", lines, i)}: United States ${p.year} is ${key} (exports/imports/balance), but ${loc("koreaGoods", lines, a.i)} has ${a.key}`,
          );
      });
    },
  },
  {
    rule: `the timeline has the anchors korus relies on (${["talks-launched", "in-force"].join(", ")}), each once`,
    check: (ds, lines) => {
      const anchors = new Set<string>();
      ds.timeline.forEach((e, i) => {
        if (e.anchor === null) return;
        if (anchors.has(e.anchor)) throw new DataError(`${loc("timeline", lines, i)}: anchor ${e.anchor} is used twice`);
        anchors.add(e.anchor);
      });
      for (const a of REQUIRED_ANCHORS) {
        if (!anchors.has(a))
          throw located(
            DATA_FILES.timeline.file,
            1,
            `no event has the anchor ${a} (korus needs ${REQUIRED_ANCHORS.join(", ")}, column anchor)`,
          );
      }
    },
  },
];

/** Timeline anchors that korus itself relies on (defaults, "since KORUS"): a data/ copy without them is refused. */
export const REQUIRED_ANCHORS = ["talks-launched", "in-force"] as const;

/**
 * The partner the goods files describe: the one whose rows in the partners file match the annual file in
 * the most years. Every one of its years must match, and it must have every annual year.
 */
export function subjectOf(ds: Rows, lines: Lines): string {
  const annual = new Map(ds.goodsAnnual.map((r, i) => [r.year, { r, i }]));
  const score = new Map<string, number>();
  for (const p of ds.partnersAnnual) {
    const a = annual.get(p.year);
    score.set(p.partner, (score.get(p.partner) ?? 0) + (a && goodsKey(a.r) === goodsKey(p) ? 1 : 0));
  }
  const best = [...score.entries()].sort((x, y) => y[1] - x[1])[0];
  if (!best || best[1] === 0)
    throw located(
      DATA_FILES.partnersAnnual.file,
      1,
      `no partner's rows equal ${DATA_FILES.goodsAnnual.file} in any year (the subject's rows must match it)`,
    );
  const subject = best[0];
  const years = new Set<number>();
  ds.partnersAnnual.forEach((p, i) => {
    if (p.partner !== subject) return;
    years.add(p.year);
    const a = annual.get(p.year);
    if (!a)
      throw new DataError(
        `${loc("partnersAnnual", lines, i)}: ${subject} ${p.year} has no row in ${DATA_FILES.goodsAnnual.file}, which the subject's rows must equal`,
      );
    if (goodsKey(a.r) !== goodsKey(p))
      throw new DataError(
        `${loc("partnersAnnual", lines, i)}: ${subject} ${p.year} is ${goodsKey(p)} (exports/imports/balance), but ${loc("goodsAnnual", lines, a.i)} has ${goodsKey(a.r)}`,
      );
  });
  ds.goodsAnnual.forEach((a, i) => {
    if (!years.has(a.year))
      throw new DataError(
        `${loc("goodsAnnual", lines, i)}: ${a.year} has no ${subject} row in ${DATA_FILES.partnersAnnual.file}`,
      );
  });
  return subject;
}

/** All rules, in order: each file's rows, then the cross-file checks. Returns the subject partner. */
export function validateDataset(ds: Rows, lines: Lines, declared: CrossDeclared): string {
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    checkFinite(key, ds[key], lines[key]);
    checkRows(key, ds[key] as Row<typeof key>[], lines[key], declared);
  }
  for (const c of CROSS_CHECKS) c.check(ds, lines, declared);
  return subjectOf(ds, lines);
}
