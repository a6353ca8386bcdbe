import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount, parseCurrency } from "../src/core/amount";
import { checkClaim, readContext } from "../src/core/check/evaluate";
import { readClaim } from "../src/core/check/read";
import { convertAmount } from "../src/core/convert";
import { deficitReport } from "../src/core/deficit";
import { parseDateFlag } from "../src/core/fx";
import { parseMonthFlag, parseYearFlag } from "../src/core/periods";
import dataset from "../src/data/dev-dataset";
import { isKorusError } from "../src/errors";

/**
 * Any input yields a result or a documented usage error: never a crash, never NaN, Infinity or undefined
 * in what korus would print.
 */
function resultOrUsageError<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    expect(isKorusError(e), `unexpected ${String(e)}`).toBe(true);
    expect((e as { exitCode: number }).exitCode).toBe(2);
    expect((e as Error).message).not.toMatch(/\n/);
    return null;
  }
}

function noBadNumbers(value: unknown): void {
  const text = JSON.stringify(value, (_k, v) =>
    typeof v === "number" && !Number.isFinite(v) ? `BAD:${v}` : v === undefined ? "BAD:undefined" : v,
  );
  expect(text).not.toContain("BAD:");
}

const amountish = fc.oneof(
  fc.string(),
  fc.stringMatching(
    /^[-+−]?[$€₩¥]?\s?\d{1,4}(,\d{3})*(\.\d{0,3})?(e[-+]?\d{1,3})?\s?(k|m|bn|b|t|tn|billion|trillion|million)?\s?(dollars|euros|won|yen|yuan|usd|eur)?$/,
  ),
  fc.double().map(String),
);

describe("property: parsers never crash", () => {
  it("parseAmount: a finite number or a usage error", () => {
    fc.assert(
      fc.property(amountish, (s) => {
        const a = resultOrUsageError(() => parseAmount(s));
        if (a) expect(Number.isFinite(a.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseAmount reads back numbers it formats", () => {
    // within the documented range: 15 significant digits, 10^-15 to 10^15 in size (or 0)
    const inRange = fc
      .double({ min: -1e15, max: 1e15, noNaN: true })
      .map((x) => (Math.abs(x) < 1e-15 ? 0 : Number(x.toPrecision(15))));
    fc.assert(
      fc.property(inRange, (x) => {
        expect(parseAmount(String(x)).value).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it("date, year, month and currency parsers", () => {
    const cov = { from: "1985", to: "2025" };
    const mcov = { from: "1985-01", to: "2026-04" };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{1,2}(-\d{1,2})?)?$/)), (s) => {
        resultOrUsageError(() => parseDateFlag("--date", s));
        const y = resultOrUsageError(() => parseYearFlag("--from", s, cov));
        if (y !== null) expect(y >= 1985 && y <= 2025).toBe(true);
        const m = resultOrUsageError(() => parseMonthFlag("--from", s, mcov, "start"));
        if (m !== null) expect(m >= "1985-01" && m <= "2026-04").toBe(true);
        resultOrUsageError(() => parseCurrency("--to", s));
      }),
      { numRuns: 2000 },
    );
  });

  it("convert: any amount, currency and date gives a finite result or a usage error", () => {
    fc.assert(
      fc.property(
        amountish,
        fc.constantFrom("USD", "EUR", "KRW", "JPY", "CNY"),
        fc.option(fc.stringMatching(/^(19[5-9]\d|20[0-3]\d)(-(0\d|1[0-3])(-[0-3]\d)?)?$/), { nil: undefined }),
        (amount, to, date) => {
          const r = resultOrUsageError(() => convertAmount(dataset, { amount, to: to as "USD", date }));
          if (r) noBadNumbers(r);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("deficit: any --from/--to gives a report with finite numbers or a usage error", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.stringMatching(/^\d{4}(-\d\d)?$/), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom("USD", "EUR", "KRW"),
        (from, to, monthly, currency) => {
          const r = resultOrUsageError(() => deficitReport(dataset, { from, to, monthly, currency: currency as "USD" }));
          if (r) noBadNumbers(r);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("property: the claim reader", () => {
  const words = [
    "the",
    "US",
    "deficit",
    "surplus",
    "exports",
    "imports",
    "with",
    "Korea",
    "Japan",
    "doubled",
    "tripled",
    "fell",
    "rose",
    "by",
    "in",
    "since",
    "between",
    "and",
    "2011",
    "2016",
    "2030",
    "1900",
    "$13.2 billion",
    "about",
    "more than",
    "a record",
    "KORUS",
    "went into effect",
    "%",
    "17",
    "won",
    "euros",
    "(",
    ")",
    ",",
    "years ago",
    "five",
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((ws) => ws.join(" "));

  it("reads anything into checks or an unverifiable reason, and checking it never crashes", () => {
    fc.assert(
      fc.property(
        fc.oneof(sentence, fc.string({ minLength: 1 })),
        fc.constantFrom(undefined, "2017-07-13", "1990-05-01"),
        (claim, asOf) => {
          const reading = readClaim(claim, readContext(dataset));
          expect(reading.checks.length > 0 || reading.unverifiable !== null).toBe(true);
          const r = resultOrUsageError(() => checkClaim(dataset, { claim, asOf, today: "2026-11-28" }));
          if (r) {
            expect(["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"]).toContain(r.verdict);
            noBadNumbers({ ...r, clauses: r.clauses.map((c) => ({ ...c, actual: c.actual ?? 0 })) });
          } else expect(claim.trim()).toBe("");
        },
      ),
      { numRuns: 1500 },
    );
  });
});
