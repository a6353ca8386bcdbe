import { describe, expect, it } from "vitest";
import { expectUsageError, korus } from "./helpers/run";

describe("korus convert (built binary)", () => {
  it("reproduces the article's 11.6 billion euros", async () => {
    const r = await korus(["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^\$13\.20 billion = €11\.56 billion\n/);
    expect(r.stdout).toContain("rate: 1 EUR = 1.1417 USD  (ECB euro reference rate, 2017-07-13)");
    expect(r.stdout).toContain("source: European Central Bank");
  });

  it("--json has amount, currencies, result, rate, date, kind and source", async () => {
    const o = JSON.parse((await korus(["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13", "--json"])).stdout);
    expect(o).toMatchObject({
      schemaVersion: 1,
      command: "convert",
      input: { amount: 13.2e9, currency: "USD" },
      to: "EUR",
      rateDate: "2017-07-13",
      kind: "daily",
    });
    expect(o.result).toBeCloseTo(13.2e9 / 1.1417, 0);
    expect(o.legs[0]).toMatchObject({ base: "EUR", quote: "USD", rate: 1.1417, source: "ecb" });
    expect(o.legs[0].dataset.file).toBe("data/fx_daily_2017_07.csv");
  });

  it("$27.6B at the 2016 annual average is about ₩32.0 trillion", async () => {
    const r = await korus(["convert", "27.6B", "--to", "KRW", "--date", "2016"]);
    expect(r.stdout).toMatch(/^\$27\.60 billion = ₩32\.00 trillion\n/);
    expect(r.stdout).toContain("1 USD = 1,159.34 KRW  (Fed H.10 annual average, 2016)");
  });

  it("shows both legs of a cross conversion", async () => {
    const r = await korus(["convert", "₩31.4tn", "--to", "EUR", "--date", "2016-05"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 USD = 1,173.79 KRW  (Fed H.10 monthly average, 2016-05)");
    expect(r.stdout).toContain("1 EUR = 1.1312 USD  (Fed H.10 monthly average, 2016-05)");
    expect(r.stdout).toContain("cross: 1 KRW = 0.000753 EUR");
  });

  it("takes a negative amount and words split over arguments", async () => {
    expect((await korus(["convert", "-27.6B", "--to", "KRW", "--date", "2016"])).stdout).toMatch(
      /^-\$27\.60 billion = -₩32\.00 trillion/,
    );
    expect((await korus(["convert", "11.6", "billion", "euros", "--to", "USD", "--date", "2017-07-13"])).stdout).toMatch(
      /^€11\.60 billion = \$13\.24 billion/,
    );
  });

  it.each([
    [["convert", "abc", "--to", "EUR"], /^korus: "abc" is not an amount: accepted:/],
    [["convert", "", "--to", "EUR"], /^korus: empty amount: accepted:/],
    [
      ["convert", "1e400", "--to", "EUR"],
      /^korus: "1e400": outside the range korus reads: numbers from 10\^-15 to one quadrillion \(10\^15\) in size, or 0\n$/,
    ],
    [["convert", "13.2X", "--to", "EUR"], /^korus: "13.2X": "x" is not a scale or currency; accepted:/],
    [
      ["convert", "13.2B", "--to", "XYZ"],
      /^korus: --to "XYZ" is not a supported currency: use one of USD, EUR, KRW, JPY, CNY\n$/,
    ],
    [["convert", "13.2B"], /^korus: convert needs --to <currency>: one of USD, EUR, KRW, JPY, CNY\n$/],
    [
      ["convert", "13.2B", "--to", "KRW", "--date", "1950"],
      /^korus: no KRW rate for 1950: KRW rates cover 1981-2025 \(annual averages\), 1985-01 to 2026-06 \(monthly\)/,
    ],
    [
      ["convert", "13.2B", "--to", "KRW", "--date", "2031-01"],
      /^korus: no KRW rate for 2031-01 \(the bundled rates end in 2026-06\): KRW rates cover/,
    ],
    [
      ["convert", "13.2B", "--to", "EUR", "--date", "2017-02-30"],
      /^korus: --date 2017-02-30 is not a calendar date: give YYYY-MM-DD, YYYY-MM or YYYY\n$/,
    ],
    [
      ["convert", "$13.2B", "--from", "EUR", "--to", "KRW"],
      /^korus: the amount "\$13.2B" is in USD but --from says EUR: drop one of them\n$/,
    ],
    [
      ["convert", "13.2B", "--to", "EUR", "--date", "1995"],
      /^korus: no EUR rate for 1995 \(the euro exists from 1999\): EUR rates cover 1999-2025/,
    ],
    [
      ["convert", "13.2B", "--to", "EUR", "--source", "boj"],
      /^korus: option '--source <source>' argument 'boj' is invalid\. Allowed choices are ecb, fed\. \(see korus convert --help\)\n$/,
    ],
    [["convert", "13.2B", "--too", "EUR"], /^korus: unknown option '--too' for convert/],
  ])("bad input %j: one line, exit 2, nothing on stdout", async (args, message) => {
    await expectUsageError(args, message);
  });
});

describe("korus deficit --currency and korus rates (built binary)", () => {
  it("deficit --currency KRW says the currency and that rates vary", async () => {
    // wide enough for the headline on one line (it wraps at the width since issue 12)
    const r = await korus(["deficit", "--currency", "KRW", "--from", "2011", "--to", "2016", "--width", "120"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^US goods trade balance with South Korea in KRW at each period's rate, 2011 → 2016: deficit ₩14\.6T → ₩32\.0T/,
    );
    expect(r.stdout).toContain("KRW billions");
    expect(r.stdout).toContain("KRW trillions at each period's rate");
    const o = JSON.parse((await korus(["deficit", "--currency", "KRW", "--json"])).stdout);
    expect(o.unit).toBe("millions of KRW");
    expect(o.rateSource.dataset).toBe("fx_annual");
  });

  it("deficit --currency EUR shows years before 1999 as missing", async () => {
    const r = await korus(["deficit", "--currency", "EUR", "--from", "1997", "--to", "2000", "--no-chart"]);
    expect(r.stdout).toMatch(/│ 1997 │\s+n\/a │\s+n\/a │\s+n\/a │\s+n\/a │ no rate/);
    const csv = (await korus(["deficit", "--currency", "EUR", "--from", "1998", "--to", "1999", "--csv"])).stdout.split("\n");
    expect(csv[1]).toBe("1998,,,,,,census_country_xlsx_v2024");
    expect((await korus(["deficit", "--currency", "EUR", "--from", "1990", "--to", "1995"])).code).toBe(2);
    expect((await korus(["deficit", "--currency", "GBP"])).stderr).toBe(
      'korus: --currency "GBP" is not a supported currency: use one of USD, EUR, KRW, JPY, CNY\n',
    );
  });

  it("rates prints a table, charts, JSON and CSV with sources", async () => {
    const r = await korus(["rates", "KRW", "EUR", "--from", "2011", "--to", "2016"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 2016 │\s+1,159\.34 │\s+1\.1072 │/);
    expect(r.stdout).toContain("KRW: KRW per USD");
    expect(r.stdout).toContain("Source: Board of Governors of the Federal Reserve System");
    const o = JSON.parse((await korus(["rates", "--json", "--from", "2016", "--to", "2016"])).stdout);
    expect(o.rows).toEqual([{ period: "2016", derived: [], KRW: 1159.3422, EUR: 1.1072, JPY: 108.6569, CNY: 6.64 }]);
    expect((await korus(["rates", "EUR", "--csv", "--from", "1998", "--to", "1999"])).stdout).toBe(
      "year,usd_per_eur,usd_per_eur_derived\n1998,,\n1999,1.0653,false\n",
    );
    expect((await korus(["rates", "GBP"])).code).toBe(2);
    expect((await korus(["rates", "--monthly", "--from", "2026-07"])).stderr).toMatch(
      /outside the data: monthly figures cover 1985-01 to 2026-06/,
    );
  });
});
