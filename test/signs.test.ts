// One sign convention (issue 12): balance = exports − imports, "deficit" figures positive, changes signed as the
// quantity they change and said in words; monthly views compare the same month a year apart.
import { describe, expect, it } from "vitest";
import { balanceMove } from "../src/core/signs";
import { korus } from "./helpers/run";

describe("balanceMove", () => {
  it.each([
    [-13.2, -27.6, "deficit widened"],
    [-27.6, -23.1, "deficit narrowed"],
    [-1, 2, "turned to surplus"],
    [2, -1, "turned to deficit"],
    [0, -1, "turned to deficit"],
    [1, 3, "surplus grew"],
    [3, 1, "surplus shrank"],
    [-5, 0, "deficit narrowed"],
    [-5, -5, "unchanged"],
  ] as const)("%d → %d: %s", (a, b, words) => {
    expect(balanceMove(a, b)).toBe(words);
  });
});

// wide enough that a headline is one line (the width tests cover narrow terminals)
const out = async (args: string[]) => {
  const r = await korus([...args, "--width", "200"]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe("every view states the convention and says changes in words", () => {
  it("a growing deficit reads 'widened' in the deficit headline and in trade --change pct alike", async () => {
    const headline = (await out(["deficit", "--from", "2021", "--to", "2022", "--no-chart"])).split("\n")[0]!;
    expect(headline).toMatch(/deficit \$29\.3B → \$43\.3B, widened \(×1\.48, \+47\.7%\/yr\)/);
    const pct = await out(["trade", "balance", "--change", "pct", "--from", "2022", "--to", "2022", "--no-chart"]);
    expect(pct).toMatch(/│ 2022 │\s+-47\.7 │ deficit widened\s+│/);
    const json = JSON.parse(await out(["trade", "balance", "--change", "pct", "--from", "2022", "--to", "2022", "--json"]));
    expect(json.rows[0]).toEqual({ period: "2022", balance: -47.67, balanceMove: "deficit widened" });
  });

  it("the deficit table says each change in words", async () => {
    const t = await out(["deficit", "--from", "2016", "--to", "2017", "--no-chart"]);
    expect(t).toMatch(/│ 2016 │.*│\s+\+0\.7 │ deficit narrowed\s+│/);
    expect(t).toMatch(/│ 2017 │.*│\s+\+4\.6 │ deficit narrowed/);
  });

  it.each([
    ["deficit", "--no-chart"],
    ["trade", "--no-chart"],
    ["trade", "--change", "abs", "--no-chart"],
    ["partners"],
    ["revisions", "2016"],
  ])("%s states balance = exports − imports", async (...args) => {
    // the line wraps at the width: compare the words
    expect((await out(args)).replace(/\s+/g, " ")).toContain("Balance = exports − imports (negative = US deficit)");
  });

  it("the partners range view labels its positive figures as deficits", async () => {
    const t = await out(["partners", "--from", "2015", "--to", "2016", "--no-chart"]);
    expect(t.split("\n")[0]).toMatch(/US goods deficit \(imports − exports, positive = US deficit\)/);
    expect(t).toMatch(/│ 2016 │\s+27\.6 │/);
  });

  it("korus help data states the rule", async () => {
    const t = await out(["help", "data"]);
    expect(t).toMatch(/balance\s+exports − imports; negative = a US deficit/);
    expect(t).toMatch(/deficit\s+imports − exports; positive = a US deficit/);
    expect(t).toMatch(/deficit widened \/ narrowed/);
  });
});

describe("monthly views", () => {
  it("the headline compares the same month a year apart and says not seasonally adjusted", async () => {
    const t = await out(["deficit", "--monthly", "--from", "2024-05", "--to", "2026-04", "--no-chart"]);
    const headline = t.split("\n")[0]!;
    expect(headline).toMatch(/monthly \(not seasonally adjusted\), 2026-04: deficit \$5\.4B, against deficit \$3\.8B in 2025-04/);
    expect(headline).not.toContain("2024-05");
    expect(headline).not.toMatch(/\/yr/);
  });

  it("no yearly rate between two different calendar months", async () => {
    const json = JSON.parse(await out(["deficit", "--monthly", "--from", "2025-01", "--to", "2025-12", "--json"]));
    expect(json.cagr).toBeNull();
    expect(json.yearEarlier).toEqual({
      period: "2024-12",
      balance: expect.any(Number),
      ratio: expect.any(Number),
      change: expect.any(Number),
    });
    const same = JSON.parse(await out(["deficit", "--monthly", "--from", "2024-04", "--to", "2026-04", "--json"]));
    expect(same.cagr).toEqual(expect.any(Number));
    const t = await out(["deficit", "--monthly", "--from", "2025-01", "--to", "2025-12", "--no-chart"]);
    expect(t).not.toMatch(/%\/yr/);
  });

  it("monthly tables default to millions (no -0.2, 0.0)", async () => {
    const t = await out(["deficit", "--monthly", "--from", "2025-01", "--to", "2025-03", "--no-chart"]);
    expect(t).toMatch(/\$ millions/);
    expect(t).toMatch(/│ 2025-01 │\s+5,253\.1 │/);
    expect(await out(["trade", "--monthly", "--from", "2025-01", "--to", "2025-03", "--no-chart"])).toMatch(/\$ millions/);
    expect(await out(["deficit", "--monthly", "--units", "billions", "--no-chart"])).toMatch(/\$ billions/);
    expect(await out(["trade", "--monthly", "--no-chart"])).toMatch(/monthly \(not seasonally adjusted\)/);
  });
});
