import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run";

describe("package content", () => {
  it("ships no article text: only the quotes in data/article-facts.json, with the URL", () => {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" }),
    );
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain("data/article-facts.json");
    expect(files.filter((f) => f.endsWith(".txt") || f.includes("seed/"))).toEqual([]);
  });
});
