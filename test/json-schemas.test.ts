import { describe, expect, it } from "vitest";
import type * as z from "zod";
import * as schemas from "./helpers/json-schemas";
import { korus } from "./helpers/run";

const CASES: [string[], z.ZodType][] = [
  [["deficit"], schemas.deficit],
  [["deficit", "--monthly", "--events"], schemas.deficit],
  [["deficit", "--currency", "EUR", "--from", "1997"], schemas.deficit],
  [["convert", "₩31.4tn", "--to", "EUR", "--date", "2017-07-13"], schemas.convert],
  [["convert", "13.2B", "--to", "USD"], schemas.convert],
  [["rates", "--monthly"], schemas.rates],
  [["check", "Since KORUS went into effect, the deficit with Korea has doubled", "--as-of", "2017-07-13"], schemas.check],
  [["check", "Korea pledged $350 billion in US investment"], schemas.check],
  [["check", "--article"], schemas.checkArticle],
  [["facts", "deficit"], schemas.facts],
  [["trade", "exports", "total", "--change", "yoy", "--monthly"], schemas.trade],
  [["trade", "--real", "2016"], schemas.trade],
  [["partners", "--year", "2025"], schemas.partnersYear],
  [["partners", "--from", "2016"], schemas.partnersRange],
  [["mirror"], schemas.mirror],
  [["revisions"], schemas.revisions],
  [["timeline"], schemas.timeline],
  [["sources"], schemas.sources],
];

describe("every command's --json validates against its documented schema", () => {
  it.each(CASES)("korus %j --json", async (args, schema) => {
    const r = await korus([...args, "--json"]);
    expect(r.code).toBe(0);
    const parsed = schema.safeParse(JSON.parse(r.stdout));
    expect(parsed.success ? "valid" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe("valid");
  });

  it("a schema rejects an undocumented field (the check can fail)", async () => {
    const o = JSON.parse((await korus(["timeline", "--json"])).stdout);
    expect(schemas.timeline.safeParse({ ...o, surprise: 1 }).success).toBe(false);
  });
});
