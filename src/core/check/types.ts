import type { Currency } from "../amount";

export const VERDICTS = ["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Metric = "deficit" | "balance" | "exports" | "imports" | "total";
export type PartnerName = "South Korea" | "China" | "Japan" | "Mexico" | "Canada" | "Germany";
export type Qualifier = "exact" | "about" | "nearly" | "more-than" | "less-than";

/** A figure as the claim states it: value in units of its currency, and the precision the text implies. */
export interface Stated {
  text: string;
  value: number;
  currency: Currency;
  /** half a unit of the last digit written ("13.2 billion" → 0.05 billion) */
  precision: number;
  qualifier: Qualifier;
}

/** A period the claim names: a year, or "the latest full year" (resolved against --as-of). */
export type YearRef = { year: number } | { latest: true; back?: number };

export type Check =
  | { type: "level"; metric: Metric; partner: PartnerName; year: YearRef; stated: Stated }
  | {
      type: "ratio";
      metric: Metric;
      partner: PartnerName;
      from: YearRef;
      to: YearRef;
      factor: number;
      mode: "exact" | "more-than" | "nearly";
      word: string;
    }
  | {
      type: "percent";
      metric: Metric;
      partner: PartnerName;
      from: YearRef;
      to: YearRef;
      direction: "up" | "down";
      percent: number;
      precision: number;
      qualifier: Qualifier;
    }
  | { type: "delta"; metric: Metric; partner: PartnerName; from: YearRef; to: YearRef; direction: "up" | "down"; stated: Stated }
  | {
      type: "direction";
      metric: Metric;
      partner: PartnerName;
      from: YearRef;
      to: YearRef;
      direction: "up" | "down";
      word: string;
    }
  | { type: "compare"; metric: Metric; subject: PartnerName; object: PartnerName; year: YearRef; relation: "greater" | "less" }
  | {
      type: "record";
      metric: Metric;
      partner: PartnerName;
      year: YearRef;
      extreme: "max" | "min";
      since: number | null;
      window: number | null;
      word: string;
    }
  | { type: "fx"; amount: Stated; result: Stated; date: string | null }
  | { type: "age"; years: number; qualifier: Qualifier };

export interface Reading {
  /** the clauses korus could read, each checked on its own */
  checks: Check[];
  /** rules applied while reading ("since KORUS went into effect" = 2011 → latest full year) */
  rules: string[];
  /** why the claim cannot be checked, when it cannot */
  unverifiable: string | null;
}
