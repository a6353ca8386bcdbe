import { ANNUAL_RELEASE_DAY, type DataFacts } from "../data/facts";

/** The dates korus leans on, from the timeline's anchors (data/korus_timeline.csv), never written in code. */
export interface KorusDates {
  /** KORUS's entry into force, YYYY-MM-DD */
  inForce: string;
  /** the last full calendar year before entry into force: the baseline of "since KORUS went into effect" */
  baseYear: number;
  /** the year negotiations were launched: the first year of the default annual views */
  talksYear: number;
}

export function korusDates(f: DataFacts): KorusDates {
  const inForce = f.anchors["in-force"]!;
  return { inForce, baseYear: Number(inForce.slice(0, 4)) - 1, talksYear: Number(f.anchors["talks-launched"]!.slice(0, 4)) };
}

/**
 * The article's period: KORUS's base year to the latest full year published by the article's date
 * (2011 → 2016 for the 2017-07-13 article). Commands that test the article's statements default to it.
 */
export function articlePeriod(f: DataFacts): { from: number; to: number } {
  const year = Number(f.article.date.slice(0, 4));
  return { from: korusDates(f).baseYear, to: f.article.date.slice(5) >= ANNUAL_RELEASE_DAY ? year - 1 : year - 2 };
}

/** Default monthly view: the latest 24 months (a display choice, not a fact of the data). */
export const DEFAULT_MONTHS = 24;
