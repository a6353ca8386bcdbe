import * as z from "zod";

/**
 * The documented --json schemas (README "Output formats", `korus help formats`), as strict zod objects:
 * a field missing from the output or not in the documentation fails `npm test`.
 */
const n = z.number();
const nn = z.number().nullable();
const s = z.string();
/** What every description of a dataset says, in a source reference and in `korus sources`. */
const described = { file: s, title: s, table: s, publisher: s, unit: s, basis: s, vintage: s, url: s.nullable() };
const sourceRef = z.strictObject({ dataset: s, ...described });
const meta = z.strictObject({ sources: z.array(sourceRef).min(1) });
const head = <C extends string>(command: C, version = 1) => ({
  schemaVersion: z.literal(version),
  command: z.literal(command),
  meta,
});
const range = z.strictObject({ from: s, to: s });
const currency = z.enum(["USD", "EUR", "KRW", "JPY", "CNY"]);

const deficitRow = z.strictObject({
  year: n.optional(),
  month: s.optional(),
  exports: nn,
  imports: nn,
  balance: nn,
  change: nn,
  sourceId: s,
  perUsd: nn.optional(),
});
export const deficit = z.strictObject({
  ...head("deficit"),
  frequency: z.enum(["annual", "monthly"]),
  range,
  coverage: range,
  unit: s,
  currency,
  rateSource: sourceRef.optional(),
  basis: s,
  rows: z.array(deficitRow).min(1),
  first: z.strictObject({ period: s, balance: n }),
  last: z.strictObject({ period: s, balance: n }),
  ratio: nn,
  cagr: nn,
  change: n,
  yearEarlier: z.strictObject({ period: s, balance: n, ratio: nn, change: n }).nullable().optional(),
  markers: z.array(z.strictObject({ date: s, period: s, label: s, kind: z.enum(["korus", "event"]) })),
  source: sourceRef,
  notes: z.array(s),
});

const leg = z.strictObject({
  currency,
  base: currency,
  quote: currency,
  rate: n,
  perUsd: n,
  period: s,
  kind: z.enum(["daily", "monthly", "annual"]),
  source: z.enum(["ecb", "fed"]),
  label: s,
  derivation: s.nullable(),
  dataset: sourceRef,
});
export const convert = z.strictObject({
  ...head("convert"),
  input: z.strictObject({ text: s, amount: n, currency }),
  to: currency,
  result: n,
  rate: z.strictObject({ base: currency, quote: currency, rate: n }),
  legs: z.array(leg),
  rateDate: s.nullable(),
  kind: z.enum(["daily", "monthly", "annual"]).nullable(),
  source: s.nullable(),
  notes: z.array(s),
  // a conversion to the same currency uses no dataset
  meta: z.strictObject({ sources: z.array(sourceRef) }),
});

export const rates = z.strictObject({
  ...head("rates"),
  frequency: z.enum(["annual", "monthly"]),
  currencies: z.array(currency),
  quotes: z.record(s, s),
  range,
  coverage: range,
  rows: z.array(
    z.strictObject({
      period: s,
      derived: z.array(currency),
      EUR: nn.optional(),
      KRW: nn.optional(),
      JPY: nn.optional(),
      CNY: nn.optional(),
    }),
  ),
  source: sourceRef,
  notes: z.array(s),
});

const verdict = z.enum(["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"]);
const checkItem = z.looseObject({
  type: z.enum(["level", "ratio", "percent", "delta", "direction", "share", "compare", "record", "rank", "sign", "fx", "age"]),
  product: z.enum(["autos", "cars", "parts"]).optional(),
});
const unread = z.strictObject({ text: s, kind: s, start: n, end: n });
const clauseReading = z.strictObject({
  text: s,
  form: s.nullable(),
  checks: z.array(checkItem),
  unread: z.array(unread),
  unverifiable: s.nullable(),
  states: z.boolean(),
  basis: z.enum(["us", "korea"]).optional(),
});
export const check = z.strictObject({
  ...head("check", 2),
  claim: s,
  subject: s,
  asOf: s,
  latestFullYear: n,
  latestMonth: s,
  verdict,
  reason: s.nullable(),
  interpretation: z.strictObject({
    clauses: z.array(clauseReading),
    checks: z.array(checkItem),
    rules: z.array(s),
    unread: z.array(unread),
    unverifiable: s.nullable(),
    reported: z.boolean(),
    basis: z.enum(["us", "korea"]).nullable(),
  }),
  clauses: z.array(
    z.strictObject({
      check: checkItem,
      verdict,
      basis: z.enum(["us", "korea"]),
      otherBasis: z.strictObject({ basis: z.enum(["us", "korea"]), verdict, actual: nn }).nullable(),
      actual: nn,
      reason: s.nullable(),
      evidence: z.array(
        z.strictObject({
          partner: s,
          metric: s,
          basis: z.enum(["us", "korea"]),
          product: z.enum(["autos", "cars", "parts"]).nullable(),
          period: s,
          value: nn,
          unit: s,
          sourceId: s.nullable(),
          note: s.nullable(),
        }),
      ),
      arithmetic: z.array(z.strictObject({ op: s, a: n, b: n, result: n, unit: s })),
      explanation: z.strictObject({
        period: s.nullable(),
        band: z.strictObject({ low: nn, high: nn, unit: s }).nullable(),
        error: z.enum(["overstates", "understates"]).nullable(),
        sensitivity: z.array(z.strictObject({ from: s, to: s, verdict })),
      }),
    }),
  ),
  caveats: z.array(s),
  hints: z.array(s),
  sources: z.array(sourceRef),
  canRead: z.array(s).nullable(),
  meta: z.strictObject({ sources: z.array(sourceRef) }),
});
/** `check --file` / `check -` with --format json; --json prints one `check` object a line with its `index` */
export const checkText = z.strictObject({
  ...head("check", 2),
  source: s,
  asOf: s,
  sentences: n,
  skipped: n,
  tooLong: z.array(n),
  results: z.array(z.strictObject({ index: n, report: check })),
  meta: z.strictObject({ sources: z.array(sourceRef) }),
});
export const checkLine = check.extend({ index: n });

const article = z.strictObject({ publisher: s, title: s, date: s, url: s, byline: s });
const fact = z.strictObject({
  id: s,
  statement: s,
  quote: s,
  speaker: s,
  refersTo: s,
  kind: z.enum(["figure", "event", "position", "quote"]),
  claim: s.nullable(),
  assess: z.enum(["imports-by-origin", "auto-share"]).optional(),
});
const assessment = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("imports-by-origin"),
    fact,
    verdict,
    range,
    us: n,
    world: n,
    worldWithoutUs: n,
    exceptions: z.array(z.strictObject({ partner: s, code: s, changePct: n })),
    fuel: z.looseObject({ partners: z.array(s), changePct: n, restChangePct: n }).nullable(),
    sources: z.array(sourceRef),
  }),
  z.strictObject({
    kind: z.literal("auto-share"),
    fact,
    verdict: z.null(),
    range: z.strictObject({ from: n, to: n }),
    us: z.strictObject({ year: n, automotive: n, allImports: n, share: n }).nullable(),
    kr: z.strictObject({ year: n, autos: n, total: n, share: n }).nullable(),
    increase: z.strictObject({ from: n, to: n, autos: n, total: n, share: nn }).nullable(),
    notes: z.array(s),
    sources: z.array(sourceRef),
  }),
]);
export const checkArticle = z.strictObject({
  ...head("check", 2),
  article,
  asOf: s,
  results: z.array(z.strictObject({ fact, report: check })),
  assessments: z.array(assessment),
});
export const facts = z.strictObject({ ...head("facts"), article, query: z.array(s), facts: z.array(fact) });

export const trade = z.strictObject({
  ...head("trade"),
  frequency: z.enum(["annual", "monthly"]),
  series: z.array(z.enum(["exports", "imports", "balance", "total"])),
  range,
  coverage: range,
  unit: s,
  transform: z.enum(["abs", "pct", "yoy", "cagr"]).nullable(),
  transformDefinition: s.nullable(),
  real: z.strictObject({ baseYear: n, deflator: s, baseIndex: n }).nullable(),
  rows: z.array(
    z.strictObject({
      period: s,
      exports: nn.optional(),
      imports: nn.optional(),
      balance: nn.optional(),
      total: nn.optional(),
      balanceMove: z
        .enum([
          "deficit widened",
          "deficit narrowed",
          "surplus grew",
          "surplus shrank",
          "turned to deficit",
          "turned to surplus",
          "unchanged",
        ])
        .nullable()
        .optional(),
    }),
  ),
  notes: z.array(s),
});

const partner = z.enum(["South Korea", "China", "Japan", "Mexico", "Canada", "Germany"]);
export const partnersYear = z.strictObject({
  ...head("partners"),
  view: z.literal("year"),
  year: n,
  unit: s,
  rows: z
    .array(z.strictObject({ partner, code: s, exports: nn, imports: nn, balance: nn, rank: nn, sourceId: s.nullable() }))
    .length(6),
  korea: z.strictObject({ rank: nn, of: n }),
  missing: z.array(partner),
  notes: z.array(s),
});
export const partnersRange = z.strictObject({
  ...head("partners"),
  view: z.literal("range"),
  range,
  unit: s,
  partners: z.array(partner),
  rows: z.array(z.record(s, nn)),
  koreaRank: z.array(z.strictObject({ year: n, rank: nn, of: n })),
  notes: z.array(s),
});

export const mirror = z.strictObject({
  ...head("mirror", 2),
  range,
  unit: s,
  rows: z.array(
    z.strictObject({
      year: n,
      us: z.strictObject({ exportsToKorea: n, importsFromKorea: n, balance: n }),
      korea: z.strictObject({ exportsToUs: nn, importsFromUs: nn, balance: nn, sourceId: s.nullable() }),
      usReportedDeficit: n,
      koreaReportedSurplus: nn,
      difference: nn,
    }),
  ),
  why: z.array(s),
  services: z.strictObject({
    note: s,
    unit: s,
    rows: z.array(
      z.strictObject({
        year: n,
        reporter: z.enum(["US", "Korea"]),
        usExports: nn,
        usImports: nn,
        usBalance: nn,
        asOf: s,
        precision: n,
        publisher: s,
        basis: s,
      }),
    ),
  }),
  goodsAndServices: s,
});

export const revisions = z.strictObject({
  ...head("revisions"),
  years: z.array(n),
  unit: s,
  rows: z.array(
    z.strictObject({ year: n, sourceId: s, knownBy: s, vintage: s, exports: n, imports: n, balance: n, balanceRevision: nn }),
  ),
  notes: z.array(s),
});

export const timeline = z.strictObject({
  ...head("timeline"),
  range,
  events: z.array(z.strictObject({ date: s, event: s, actors: s, sourceUrl: s, sourceTitle: s, anchor: s.nullable() })),
});

export const sources = z.strictObject({
  ...head("sources"),
  datasets: z.array(
    z.strictObject({
      id: s,
      ...described,
      coverage: s,
      notes: s,
      periodNotes: z.array(z.strictObject({ from: s, to: s, note: s })),
      rows: n,
    }),
  ),
  copies: z.array(z.strictObject({ id: s, publisher: s, title: s, vintage: s, url: s, retrieved: s, knownBy: s })),
  article,
});
