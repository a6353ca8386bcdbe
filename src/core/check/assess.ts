import type { ArticleFact, Dataset } from "../../data/schema";
import { type AutosReport, autosReport } from "../autos";
import { articlePeriod } from "../korus";
import { type OriginsRangeReport, originsRange } from "../origins";
import type { SourceRef } from "../sources";
import type { Verdict } from "./types";

/**
 * A statement of the article weighed against a whole table rather than read as one claim: "other countries have
 * seen their exports to South Korea drop even more" (Korea's imports by origin) and the administration's blame on
 * the auto market (the auto part of the trade, context with no verdict). Figures stay raw; render words them.
 */
export type Assessment =
  | {
      kind: "imports-by-origin";
      fact: ArticleFact;
      /** true when the world without the US fell more than the US: the statement holds in aggregate */
      verdict: Verdict;
      range: { from: string; to: string };
      /** percent changes of Korea's imports (Korea-reported, c.i.f.) */
      us: number;
      world: number;
      worldWithoutUs: number;
      /** partners whose exports to Korea did not fall more than the US's */
      exceptions: { partner: string; code: string; changePct: number }[];
      fuel: OriginsRangeReport["fuel"];
      sources: SourceRef[];
    }
  | {
      kind: "auto-share";
      fact: ArticleFact;
      /** context: the statement is a position, not a figure */
      verdict: null;
      range: { from: number; to: number };
      /** US imports from Korea by end-use, the latest year of the period the data hold */
      us: { year: number; automotive: number; allImports: number; share: number } | null;
      /** Korea's HS 87 surplus as a share of its whole surplus with the US, at the period's end */
      kr: { year: number; autos: number; total: number; share: number } | null;
      increase: AutosReport["kr"]["increase"];
      notes: string[];
      sources: SourceRef[];
    };

export function assess(ds: Dataset, fact: ArticleFact): Assessment | null {
  switch (fact.assess) {
    case "imports-by-origin": {
      const period = articlePeriod(ds.facts);
      const r = originsRange(ds, "imports", String(period.from), String(period.to), null);
      const h = r.headline;
      if (!h || h.us === null || h.world === null || h.worldWithoutUs === null) return null;
      return {
        kind: "imports-by-origin",
        fact,
        verdict: h.worldWithoutUs < h.us ? "true" : "false",
        range: r.range,
        us: h.us,
        world: h.world,
        worldWithoutUs: h.worldWithoutUs,
        exceptions: h.exceptions,
        fuel: r.fuel,
        sources: r.meta.sources,
      };
    }
    case "auto-share": {
      const period = articlePeriod(ds.facts);
      const r = autosReport(ds, {});
      const at = (rows: { year: number }[]) => rows.filter((x) => x.year <= period.to).at(-1);
      const us = at(r.us.rows.filter((x) => x.automotive !== null && x.allImports !== null && x.share !== null)) as
        | AutosReport["us"]["rows"][number]
        | undefined;
      const kr = at(r.kr.rows.filter((x) => x.balance !== null && x.totalBalance !== null && x.share !== null)) as
        | AutosReport["kr"]["rows"][number]
        | undefined;
      return {
        kind: "auto-share",
        fact,
        verdict: null,
        range: period,
        us: us ? { year: us.year, automotive: us.automotive!, allImports: us.allImports!, share: us.share! } : null,
        kr: kr ? { year: kr.year, autos: kr.balance!, total: kr.totalBalance!, share: kr.share! } : null,
        increase: r.kr.increase,
        notes: [
          "US auto exports to Korea by end-use class were not found: the US-side auto balance cannot be computed (a gap, never a zero).",
          "Each side's figures are on its own basis and never summed: US imports by Census end-use class; Korea's HS 87 trade (vehicles and parts) with the US.",
        ],
        sources: r.meta.sources,
      };
    }
    default:
      return null;
  }
}
