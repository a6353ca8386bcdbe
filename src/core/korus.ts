import type { DataFacts } from "../data/facts";

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

/** Default monthly view: the latest 24 months (a display choice, not a fact of the data). */
export const DEFAULT_MONTHS = 24;
