// The one number reader (issue 13): check, convert and the options read numbers the same way, exactly or not at
// all; a misread number never gets a confident verdict; what korus prints reads back as the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "../src/core/amount";
import { findMentions } from "../src/core/check/mentions";
import { MAX_MAGNITUDE, readDecimal } from "../src/core/number";
import { moneyWords } from "../src/render/convert";
import { formatNumber } from "../src/render/format";
import { korus } from "./helpers/run";

const value = (text: string) => {
  const r = readDecimal(text);
  return r.ok ? r.reading.value : r.problem;
};

describe("readDecimal", () => {
  it.each([
    ["27,600,000,000", 27600000000],
    ["2,109", 2109],
    ["1,000", 1000],
    ["-27.6", -27.6],
    ["+3", 3],
    ["−5", -5],
    [".5", 0.5],
    ["27.6e3", 27600],
    ["2.76e10", 27600000000],
    ["1E3", 1000],
    ["0", 0],
    ["-0", 0],
    ["007", 7],
    ["１２３", 123],
    ["999999999999999", 999999999999999],
    ["1e15", 1e15],
    ["1e-15", 1e-15],
    ["0.000000000000000000", 0],
  ])("%s → %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ["٢٠١٦", "foreign-digits"],
    ["२०१६", "foreign-digits"],
    ["20١6", "foreign-digits"],
    ["27,6", "grouping"],
    ["1,2,3", "grouping"],
    ["12,34", "grouping"],
    ["1.2.3", "syntax"],
    ["1e", "syntax"],
    ["0x1F", "syntax"],
    ["Infinity", "syntax"],
    ["NaN", "syntax"],
    ["", "empty"],
    ["1234567890123456", "too-many-digits"],
    ["123,456,789,012,345,678", "too-many-digits"],
    ["1e308", "out-of-range"],
    ["1e16", "out-of-range"],
    ["1e-400", "out-of-range"],
    ["1,000,000,000,000,000,000,000,000,000,000", "out-of-range"],
  ])("%s is refused (%s)", (text, problem) => {
    expect(value(text)).toBe(problem);
  });

  it("every number within the range, written plainly, reads back exactly", () => {
    const n = fc
      .double({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, noNaN: true })
      .map((x) => (Math.abs(x) < 1e-15 ? 0 : Number(x.toPrecision(15))));
    fc.assert(
      fc.property(n, (x) => {
        expect(value(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("every number korus prints, typed back, reads as the same value", () => {
  it("formatNumber (tables, evidence, arithmetic): grouped digits read back as the printed value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 2 }), (x, d) => {
        const printed = formatNumber(x, d);
        expect(value(printed)).toBe(Number(printed.replace(/,/g, "")));
        expect(value(printed)).toBe(Number(Math.abs(x).toFixed(d)) * (printed.startsWith("-") ? -1 : 1));
      }),
    );
  });

  it("moneyWords (convert): convert and check read the printed amount as the same value and currency", () => {
    const currencies = ["USD", "EUR", "KRW", "JPY", "CNY"] as const;
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.constantFrom(...currencies), (x, cur) => {
        const printed = moneyWords(x, cur);
        const amount = parseAmount(printed);
        expect(amount.currency ?? "USD").toBe(cur);
        // within half a unit of the last digit printed ("₩32.03 trillion": 0.005 trillion)
        const [, digits, word] = /([\d,]+(?:\.\d+)?)(?: (\w+))?$/.exec(printed)!;
        const decimals = digits!.split(".")[1]?.length ?? 0;
        const scale = { trillion: 1e12, billion: 1e9, million: 1e6 }[word ?? ""] ?? 1;
        expect(Math.abs(amount.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * scale * (1 + 1e-9));
        const money = findMentions(`the deficit was ${printed} in 2016`).mentions.find((m) => m.kind === "money");
        expect(money).toMatchObject({ value: amount.value, currency: cur });
      }),
    );
  });

  it("large results print in full digits, without float noise or an exponent", () => {
    expect(formatNumber(1.4213963e24, 0)).toBe("1,421,396,300,000,000,000,000,000");
    expect(formatNumber(1.4213963e24, 1)).toBe("1,421,396,300,000,000,000,000,000.0");
    expect(formatNumber(1e21, 0)).toBe("1,000,000,000,000,000,000,000");
    expect(formatNumber(-2.5e15, 1, { sign: true })).toBe("-2,500,000,000,000,000.0");
    expect(formatNumber(27624.6, 1)).toBe("27,624.6");
  });

  it("numbers in the text output of the commands read back with the one reader", async () => {
    for (const args of [
      ["deficit", "--all"],
      ["trade", "--all"],
      ["partners", "--year", "2016"],
      ["rates"],
      ["mirror"],
      ["origins"],
      ["autos"],
      ["revisions"],
      ["convert", "1e15", "--to", "KRW"],
      ["check", "--article"],
    ]) {
      const r = await korus(args);
      expect(r.code).toBe(0);
      // a number as printed: digits grouped by commas, decimals (a comma then a space is punctuation)
      const numbers = r.stdout.match(/(?<![\w.,])\d[\d,]*\d(?:\.\d+)?(?![\w]|,\d)|(?<![\w.,])\d(?![\w]|,\d)/g) ?? [];
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(readDecimal(n).ok, `${n} in korus ${args.join(" ")}`).toBe(true);
    }
  });
});

describe("check: the issue's examples", () => {
  const check = async (claim: string) => {
    const r = await korus(["check", claim, "--json", "--exit-status"], {}, { today: "2026-06-30" });
    return { code: r.code, report: JSON.parse(r.stdout) };
  };

  it("'grew 2,109% between 2011 and 2016' is FALSE (2,109 is read whole, not as 109)", async () => {
    const { code, report } = await check("The deficit grew 2,109% between 2011 and 2016");
    expect([code, report.verdict]).toEqual([3, "false"]);
    expect(report.clauses[0].check.percent).toBe(2109);
  });

  it("'1,000%' is read as 1000%, not 0%", async () => {
    const { report } = await check("The deficit grew 1,000% between 2011 and 2016");
    expect(report.clauses[0].check.percent).toBe(1000);
    expect(report.verdict).toBe("false");
  });

  it("'$27.6e3 million' is $27,600 million and '$2.76e10' is $27.6 billion", async () => {
    for (const claim of ["The deficit was $27.6e3 million in 2016", "The deficit was $2.76e10 in 2016"]) {
      const { code, report } = await check(claim);
      expect([code, report.verdict]).toEqual([0, "true"]);
      expect(report.clauses[0].check.stated.value).toBe(27600000000);
    }
  });

  it("fullwidth digits are read as the digits they are", async () => {
    const { report } = await check("The deficit was $２７.６ billion in ２０１６");
    expect(report.verdict).toBe("true");
    expect(report.clauses[0].check.period).toEqual({ kind: "year", year: 2016 });
  });

  it.each([
    ["The deficit grew 1e308% between 2011 and 2016", "1e308%", /outside the range korus reads/],
    ["The deficit was $27.6 billion in ٢٠١٦", "٢٠١٦", /digits other than 0-9/],
    ["The deficit was $٢٧.6 billion in 2016", "$٢٧.6 billion", /digits other than 0-9/],
    ["The deficit was $27.6 billion in 20١6", "١6", /digits other than 0-9/],
    ["The deficit was $27,6 billion in 2016", "$27,6 billion", /thousands commas group three digits/],
    [
      "The deficit was $1,000,000,000,000,000,000,000,000,000,000 in 2016",
      "$1,000,000,000,000,000,000,000,000,000,000",
      /outside the range/,
    ],
    ["The deficit was $123,456,789,012,345,678 in 2016", "$123,456,789,012,345,678", /more than 15 significant digits/],
    ["The deficit was $2,000 trillion in 2016", "$2,000 trillion", /outside the range/],
    ["The deficit was $31,-e.e3 billion in 2016", "$31,-", /a number run into other characters/],
    ["The deficit was $70... billion in 2016", "$70..", /a number run into other characters/],
    ["The deficit was $1e1e1 billion in 2016", "$1e1", /a number run into other characters/],
  ])("%s: unverifiable, saying what it could not read", async (claim, unread, why) => {
    const { code, report } = await check(claim);
    expect([code, report.verdict]).toEqual([4, "unverifiable"]);
    expect(report.reason).toContain(`'${unread}'`);
    expect(report.reason).toMatch(why);
  });

  it("an ellipsis that ends the claim is punctuation, not part of the number", async () => {
    for (const claim of ["The deficit hit $27.6 billion in 2016...", "The deficit hit $27.6 billion in 2016…"]) {
      expect((await check(claim)).report.verdict).toBe("true");
    }
  });

  it.each([
    "The deficit was $27.6 billion in FY2016",
    "The deficit was $27.6 billion in 12016",
    "The deficit was $27.6 billion in २०१६",
    // the present tense reads a claim without a period as the latest year: these name one it cannot read
    "The deficit is $56.5 billion in 12016",
    "The deficit is $56.5 billion in ٢٠٢٥",
    "The deficit is $56.5 billion in FY2025",
    "The deficit is $56.5 billion in 20٢5",
  ])("%s is never read as the latest year", async (claim) => {
    const { code, report } = await check(claim);
    expect([code, report.verdict]).toEqual([4, "unverifiable"]);
    expect(JSON.stringify(report.clauses)).not.toContain('"year":2025');
    expect(report.interpretation.unread.length).toBeGreaterThan(0);
  });

  it("the same claim with fullwidth digits is read as the year it names", async () => {
    const { report } = await check("The deficit is $56.5 billion in ２０２５");
    expect(report.clauses[0].check.period).toEqual({ kind: "year", year: 2025 });
  });
});

describe("check is never confident on a misread", () => {
  it("a number in any notation is read exactly as the one reader reads it, or the claim is unverifiable", async () => {
    // ending in a digit: a trailing comma or point is punctuation ("$181, billion" reads $181)
    const notation = fc.stringMatching(/^[0-9][0-9.,e٢１]{0,10}[0-9１]$/);
    const samples = fc.sample(notation, { numRuns: 300, seed: 13 });
    for (const n of samples) {
      const r = await korus(["check", `The deficit with Korea was $${n} billion in 2016`, "--json"], {}, { today: "2026-06-30" });
      const report = JSON.parse(r.stdout);
      const read = readDecimal(n);
      const stated = report.clauses.map((c: { check: { stated?: { value: number } } }) => c.check.stated?.value);
      if (read.ok && Math.abs(read.reading.value) * 1e9 <= MAX_MAGNITUDE) {
        // read: exactly that number of billions, whatever the verdict
        if (report.verdict !== "unverifiable")
          expect(stated, n).toEqual([Number(`${read.reading.digits}e${read.reading.exponent + 9}`)]);
      } else {
        // not read exactly: no verdict rests on it
        expect([n, report.verdict]).toEqual([n, "unverifiable"]);
      }
    }
  });
});

describe("convert and the options use the same reader", () => {
  it.each([
    [
      "1e33",
      /^korus: "1e33": outside the range korus reads: numbers from 10\^-15 to one quadrillion \(10\^15\) in size, or 0\n$/,
    ],
    ["123456789012345678901234567890", /more than 15 significant digits/],
    ["٢٧", /digits other than 0-9/],
    ["27,6B", /thousands commas group three digits/],
    ["2,000 trillion", /outside the range korus reads/],
  ])("convert %s: one usage error line", async (amount, message) => {
    const r = await korus(["convert", amount, "--to", "KRW"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
  });

  it("converts the largest amount without float noise or an exponent", async () => {
    const r = await korus(["convert", "1e15", "--to", "KRW", "--date", "2016"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^\$1,000 trillion = ₩[\d,]+ trillion$/);
    const j = JSON.parse((await korus(["convert", "1e15", "--to", "KRW", "--date", "2016", "--json"])).stdout);
    expect(j.input.amount).toBe(1e15);
    expect(Number.isFinite(j.result)).toBe(true);
  });

  it("reads fullwidth digits in an amount as digits", async () => {
    const full = JSON.parse((await korus(["convert", "２７.６B", "--to", "EUR", "--json"])).stdout);
    expect(full.input.amount).toBe(27600000000);
  });

  it.each([
    ["--height", "1e1"],
    ["--height", "1,0"],
    ["--height", "１０"],
    ["--height", "٨"],
    ["--height", "0x10"],
    ["--width", "1e2"],
    ["--width", "٨٠"],
  ])("%s %s is refused with a usage error", async (option, v) => {
    const args = option === "--width" ? ["--width", v, "deficit"] : ["deficit", option, v];
    const r = await korus(args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/expected a whole number from/);
  });

  it.each(["12016", "FY2016", "２０１６", "٢٠١٦", "2016.0", "2e3"])(
    "--from %s is refused, never read as another year",
    async (v) => {
      const r = await korus(["deficit", "--from", v]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
    },
  );
});
