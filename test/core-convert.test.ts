import { describe, expect, it } from "vitest";
import { parseAmount, parseCurrency } from "../src/core/amount";
import { convertAmount } from "../src/core/convert";
import { deficitReport } from "../src/core/deficit";
import { parseDateFlag, selectLeg } from "../src/core/fx";
import { ratesReport } from "../src/core/rates";
import dataset from "../src/data/dev-dataset";
import { UsageError } from "../src/errors";
import { moneyWords } from "../src/render/convert";

describe("parseAmount: accepted", () => {
  it.each([
    ["13.2B", 13.2e9, null],
    ["13.2bn", 13.2e9, null],
    ["13.2 billion", 13.2e9, null],
    ["$13.2 billion", 13.2e9, "USD"],
    ["US$13.2bn", 13.2e9, "USD"],
    ["27,600,000,000", 27.6e9, null],
    ["1.5e9", 1.5e9, null],
    ["€11.6 billion", 11.6e9, "EUR"],
    ["11.6 billion euros", 11.6e9, "EUR"],
    ["₩31.4tn", 31.4e12, "KRW"],
    ["31.4 trillion won", 31.4e12, "KRW"],
    ["¥4.1 trillion", 4.1e12, "JPY"],
    ["CN¥200bn", 200e9, "CNY"],
    ["200 billion yuan", 200e9, "CNY"],
    ["-27.6B", -27.6e9, null],
    ["−27.6B", -27.6e9, null],
    ["-$27.6B", -27.6e9, "USD"],
    ["$-27.6B", -27.6e9, "USD"],
    ["USD 13.2B", 13.2e9, "USD"],
    ["13.2B USD", 13.2e9, "USD"],
    ["950", 950, null],
    ["0", 0, null],
    ["12.5k", 12500, null],
    ["3 million dollars", 3e6, "USD"],
  ])("%s", (text, value, currency) => {
    const a = parseAmount(text);
    expect(a.value).toBeCloseTo(value, 3);
    expect(a.currency).toBe(currency);
  });
});

describe("parseAmount: rejected", () => {
  it.each([
    ["abc", /"abc" is not an amount: accepted:/],
    ["", /^empty amount: accepted:/],
    ["   ", /^empty amount/],
    ["1e400", /outside the range korus reads: numbers from 10\^-15 to one quadrillion \(10\^15\)/],
    ["13.2X", /"x" is not a scale or currency/],
    ["12,34", /thousands commas group three digits \(27,600\) and '\.' is the decimal point/],
    ["$13.2 euros", /names two currencies \(USD and EUR\)/],
    ["--5", /two signs/],
    ["13.2 B B", /is not a scale or currency/],
    ["B13", /is not an amount/],
  ])("%j", (text, message) => {
    expect(() => parseAmount(text)).toThrow(UsageError);
    expect(() => parseAmount(text)).toThrow(message);
  });
});

describe("currencies and dates", () => {
  it("reads currency codes and words", () => {
    expect(parseCurrency("--to", "eur")).toBe("EUR");
    expect(parseCurrency("--to", "won")).toBe("KRW");
    expect(() => parseCurrency("--to", "XYZ")).toThrow(
      '--to "XYZ" is not a supported currency: use one of USD, EUR, KRW, JPY, CNY',
    );
  });
  it.each([
    ["2017-07-13", { kind: "day", date: "2017-07-13" }],
    ["2016-05", { kind: "month", month: "2016-05" }],
    ["2016", { kind: "year", year: 2016 }],
  ])("parses --date %s", (v, q) => expect(parseDateFlag("--date", v)).toEqual(q));
  it.each(["2017-02-30", "2017-13", "July 2017", "17-07-13"])("refuses --date %s", (v) => {
    expect(() => parseDateFlag("--date", v)).toThrow(UsageError);
  });
});

describe("rate selection", () => {
  it("daily: the ECB reference rate for the euro by default, the Fed's with --source fed", () => {
    const ecb = selectLeg(dataset, "EUR", { kind: "day", date: "2017-07-13" });
    expect(ecb).toMatchObject({
      base: "EUR",
      quote: "USD",
      rate: 1.1417,
      kind: "daily",
      source: "ecb",
      label: "ECB euro reference rate, 2017-07-13",
    });
    expect(selectLeg(dataset, "EUR", { kind: "day", date: "2017-07-13" }, "fed")).toMatchObject({ rate: 1.1385, source: "fed" });
  });
  it("daily: KRW from the Fed by default, from the ECB as a cross through the euro on request", () => {
    expect(selectLeg(dataset, "KRW", { kind: "day", date: "2017-07-13" })).toMatchObject({ rate: 1137.22, source: "fed" });
    const ecb = selectLeg(dataset, "KRW", { kind: "day", date: "2017-07-13" }, "ecb");
    expect(ecb.rate).toBeCloseTo(1298.7 / 1.1417, 10);
    expect(ecb.derivation).toMatch(/1298.7 KRW per EUR \/ 1.1417 USD per EUR/);
    expect(selectLeg(dataset, "JPY", { kind: "day", date: "2017-07-13" })).toMatchObject({ source: "ecb", kind: "daily" });
  });
  it("a day without a daily rate falls back to the month, a month without one to the year", () => {
    expect(selectLeg(dataset, "KRW", { kind: "day", date: "2016-05-03" })).toMatchObject({
      kind: "monthly",
      period: "2016-05",
      label: "Fed H.10 monthly average, 2016-05",
    });
    expect(selectLeg(dataset, "KRW", { kind: "month", month: "1983-05" })).toMatchObject({ kind: "annual", period: "1983" });
    expect(selectLeg(dataset, "KRW", { kind: "year", year: 2016 })).toMatchObject({
      kind: "annual",
      rate: 1159.3422,
      label: "Fed H.10 annual average, 2016",
    });
    expect(selectLeg(dataset, "KRW", { kind: "latest" })).toMatchObject({ kind: "annual", period: "2025" });
  });
  it("uses the inverse of EUR per USD only where the published USD per EUR is blank", () => {
    const leg = selectLeg(dataset, "EUR", { kind: "month", month: "2026-06" });
    expect(leg.rate).toBeCloseTo(1 / 0.8684, 10);
    expect(leg.derivation).toMatch(/inverse of EUR per USD 0.8684/);
  });
  it.each([
    [
      "EUR",
      { kind: "year", year: 1995 } as const,
      /^no EUR rate for 1995 \(the euro exists from 1999\): EUR rates cover 1999-2025/,
    ],
    [
      "KRW",
      { kind: "year", year: 1950 } as const,
      /^no KRW rate for 1950: KRW rates cover 1981-2025 \(annual averages\), 1985-01 to 2026-06 \(monthly\)/,
    ],
    ["KRW", { kind: "month", month: "2031-01" } as const, /^no KRW rate for 2031-01/],
  ])("refuses %s at %j with the coverage", (c, q, message) => {
    expect(() => selectLeg(dataset, c as "EUR" | "KRW", q)).toThrow(message);
  });
  it("refuses ECB outside the bundled days", () => {
    expect(() => selectLeg(dataset, "EUR", { kind: "year", year: 2016 }, "ecb")).toThrow(
      /ECB rates are bundled only as daily rates/,
    );
  });
});

describe("convertAmount", () => {
  it("reproduces the article: $13.2 billion = 11.6 billion euros at the ECB rate of 2017-07-13", () => {
    const r = convertAmount(dataset, { amount: "13.2B", to: "EUR", date: "2017-07-13" });
    expect(r.result).toBeCloseTo(13.2e9 / 1.1417, 0);
    expect(moneyWords(r.result, "EUR")).toBe("€11.56 billion");
    expect(r).toMatchObject({ rateDate: "2017-07-13", kind: "daily", source: "ECB euro reference rate, 2017-07-13" });
  });
  it("$27.6B is about ₩32.0 trillion at the 2016 annual average", () => {
    const r = convertAmount(dataset, { amount: "27.6B", to: "KRW", date: "2016" });
    expect(r.legs[0]!.rate).toBe(1159.3422);
    expect(r.result / 1e12).toBeCloseTo(32.0, 1);
    expect(moneyWords(r.result, "KRW")).toBe("₩32.00 trillion");
  });
  it("crosses KRW → EUR through USD on the same date, with both legs", () => {
    const r = convertAmount(dataset, { amount: "31.4 trillion won", to: "EUR", date: "2016-05" });
    expect(r.legs.map((l) => [l.currency, l.kind, l.period])).toEqual([
      ["KRW", "monthly", "2016-05"],
      ["EUR", "monthly", "2016-05"],
    ]);
    expect(r.result).toBeCloseTo((31.4e12 / r.legs[0]!.perUsd) * r.legs[1]!.perUsd, 0);
    expect(r.rate.rate).toBeCloseTo(r.result / 31.4e12, 12);
  });
  it.each(["2017-07-13", "2016-05", "2016", undefined])("round-trips USD → KRW → USD (date %s)", (date) => {
    const there = convertAmount(dataset, { amount: "27.6B", to: "KRW", date });
    const back = convertAmount(dataset, { amount: String(there.result), from: "KRW", to: "USD", date });
    expect(back.result).toBeCloseTo(27.6e9, 0);
  });
  it("round-trips EUR → JPY → EUR", () => {
    const there = convertAmount(dataset, { amount: "€11.6 billion", to: "JPY", date: "2016" });
    const back = convertAmount(dataset, { amount: `¥${there.result}`, to: "EUR", date: "2016" });
    expect(back.result).toBeCloseTo(11.6e9, 0);
  });
  it("refuses conflicting currencies", () => {
    expect(() => convertAmount(dataset, { amount: "$13.2B", from: "EUR", to: "KRW" })).toThrow(/is in USD but --from says EUR/);
  });
  it("says when no date was given", () => {
    expect(convertAmount(dataset, { amount: "1B", to: "KRW" }).notes).toContain(
      "no --date given: the latest annual average (2025) was used",
    );
  });
});

describe("deficit --currency", () => {
  it("converts each year at its own annual average and recomputes the balance", () => {
    const r = deficitReport(dataset, { from: "2011", to: "2016", currency: "KRW" });
    const y2016 = r.rows.find((x) => "year" in x && x.year === 2016)!;
    expect(y2016.perUsd).toBe(1159.3422);
    expect(y2016.exports).toBeCloseTo(42262.2 * 1159.3422, 6);
    expect(y2016.balance).toBeCloseTo(y2016.exports! - y2016.imports!, 6);
    expect(r.unit).toBe("millions of KRW");
    expect(r.currency).toBe("KRW");
    expect(r.last.balance / 1e6).toBeCloseTo(-32.03, 2);
  });
  it("shows EUR years before 1999 as missing, never as a number", () => {
    const r = deficitReport(dataset, { from: "1997", to: "2000", currency: "EUR" });
    expect(r.rows.slice(0, 2).every((x) => x.exports === null && x.balance === null && x.perUsd === null)).toBe(true);
    expect(r.first.period).toBe("1999");
    expect(r.notes[0]).toMatch(/No EUR rate for 1997 to 1998/);
    expect(() => deficitReport(dataset, { from: "1990", to: "1995", currency: "EUR" })).toThrow(
      /no EUR exchange rates for 1990 to 1995/,
    );
  });
  it("converts monthly rows at monthly averages", () => {
    const r = deficitReport(dataset, { monthly: true, from: "2017-01", to: "2017-03", currency: "EUR" });
    expect(r.rows[0]!.perUsd).toBeCloseTo(1 / 1.0635, 10);
  });
});

describe("ratesReport", () => {
  it("lists rates as published with their quotes", () => {
    const r = ratesReport(dataset, { currencies: ["KRW", "EUR"], from: "2016", to: "2017" });
    expect(r.quotes).toEqual({ KRW: "KRW per USD", EUR: "USD per EUR" });
    expect(r.rows[0]).toEqual({ period: "2016", derived: [], KRW: 1159.3422, EUR: 1.1072 });
  });
  it("keeps euro gaps", () => {
    expect(ratesReport(dataset, { currencies: ["EUR"], from: "1998", to: "1999" }).rows[0]!.EUR).toBeNull();
  });
});
