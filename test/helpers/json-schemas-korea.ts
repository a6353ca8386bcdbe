import * as z from "zod";

/**
 * The documented --json schemas of the Korea-side commands (README "Output formats", `korus help formats`),
 * strict like test/helpers/json-schemas.ts: a field missing or undocumented fails.
 */
const n = z.number();
const nn = z.number().nullable();
const s = z.string();
const sourceRef = z.strictObject({
  dataset: s,
  file: s,
  title: s,
  table: s,
  publisher: s,
  unit: s,
  basis: s,
  vintage: s,
  url: s.nullable(),
});
const head = <C extends string>(command: C) => ({
  schemaVersion: z.literal(1),
  command: z.literal(command),
  meta: z.strictObject({ sources: z.array(sourceRef).min(1) }),
});
const span = z.strictObject({ from: s, to: s });
const kind = z.enum(["world", "group", "country", "computed"]);
const flow = z.enum(["imports", "exports", "balance"]);
const base = { partner: s, code: s, kind, label: s.nullable() };

export const originsYear = z.strictObject({
  ...head("origins"),
  view: z.literal("year"),
  flow,
  unit: s,
  basis: s,
  year: n,
  rows: z.array(z.strictObject({ ...base, value: nn, share: nn, sourceId: s.nullable() })).min(1),
  missing: z.array(s),
  notes: z.array(s),
});

export const originsRange = z.strictObject({
  ...head("origins"),
  view: z.literal("range"),
  flow,
  unit: s,
  basis: s,
  range: span,
  years: z.array(n).min(1),
  rows: z
    .array(
      z.strictObject({
        ...base,
        from: nn,
        to: nn,
        change: nn,
        changePct: nn,
        shareFrom: nn,
        shareTo: nn,
        values: z.array(nn),
        index: z.array(nn),
      }),
    )
    .min(1),
  headline: z
    .strictObject({
      us: nn,
      world: nn,
      worldWithoutUs: nn,
      exceptions: z.array(z.strictObject({ partner: s, code: s, changePct: n })),
    })
    .nullable(),
  fuel: z
    .strictObject({
      partners: z.array(s),
      codes: z.array(s),
      reason: s,
      from: n,
      to: n,
      changePct: n,
      restFrom: n,
      restTo: n,
      restChangePct: n,
    })
    .nullable(),
  chart: z.array(s),
  notes: z.array(s),
});

export const autos = z.strictObject({
  ...head("autos"),
  range: span,
  unit: s,
  us: z.strictObject({
    reporter: z.literal("US"),
    basis: s,
    sources: z.array(s),
    coverage: span.nullable(),
    shown: span.nullable(),
    classes: z.array(s),
    total: s.nullable(),
    rows: z.array(
      z.strictObject({
        year: n,
        byClass: z.record(s, nn),
        automotive: nn,
        allImports: nn,
        allImportsSource: s.nullable(),
        share: nn,
        currentAllImports: nn,
      }),
    ),
    exportsToKorea: z.null(),
    notes: z.array(s),
  }),
  kr: z.strictObject({
    reporter: z.literal("KR"),
    basis: s,
    sources: z.array(s),
    coverage: span.nullable(),
    shown: span.nullable(),
    product: s.nullable(),
    rows: z.array(z.strictObject({ year: n, exports: nn, imports: nn, balance: nn, totalBalance: nn, share: nn })),
    increase: z.strictObject({ from: n, to: n, autos: n, total: n, share: nn }).nullable(),
    notes: z.array(s),
  }),
  notes: z.array(s),
});
