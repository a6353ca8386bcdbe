// 100 real published sentences about US-Korea goods trade (news, governments, think tanks; cited by URL, none in
// the annotated table), each labelled with the verdict class a careful checker gives it on the Census data at the
// date it was published: T (true, mostly-true), H (half-true), F (mostly-false, false) or U (unverifiable: context
// outside the sentence, or data korus does not hold). Scored the way a held-out set is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkClaim } from "../src/core/check/evaluate";
import type { Verdict } from "../src/core/check/types";
import dataset from "../src/data/dev-dataset";
import { ROOT } from "./helpers/run";

interface Row {
  id: string;
  source: string;
  asOf: string;
  text: string;
  class: "T" | "H" | "F" | "U";
  note: string;
}

const rows: Row[] = readFileSync(`${ROOT}test/fixtures/real-sentences-2026-11.jsonl`, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Row);

const classOf = (v: Verdict) =>
  v === "true" || v === "mostly-true" ? "T" : v === "half-true" ? "H" : v === "unverifiable" ? "U" : "F";

const results = rows.map((r) => ({
  row: r,
  got: classOf(checkClaim(dataset, { claim: r.text, asOf: r.asOf, today: "2026-11-29" }).verdict),
}));

/**
 * Sentences whose figures are on another basis only the page around them says (EPI's domestic exports, USITC's
 * imports for consumption over March-February years): read on Census data, korus's verdict is the one that data
 * gives, which the label, knowing the page, calls U.
 */
const BASIS_FROM_CONTEXT = new Set(["epi15-deficit-80pct", "citizen15-imports-18pct"]);

describe("real published sentences", () => {
  it("never gives a confident verdict of another class than the label", () => {
    const wrong = results.filter((x) => x.got !== "U" && x.row.class !== "U" && x.got !== x.row.class);
    expect(wrong.map((x) => `${x.row.id}: ${x.row.class} → ${x.got}`)).toEqual([]);
  });

  it("gives a verdict where the label says unverifiable only where the basis is said outside the sentence", () => {
    const confident = results.filter((x) => x.got !== "U" && x.row.class === "U").map((x) => x.row.id);
    expect(confident.filter((id) => !BASIS_FROM_CONTEXT.has(id))).toEqual([]);
  });

  it("gets the class of at least 65 of the 100 right (67 when written; the rest are refusals, listed in the README)", () => {
    const right = results.filter((x) => x.got === x.row.class).length;
    expect(right).toBeGreaterThanOrEqual(65);
  });
});
