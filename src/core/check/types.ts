import type { Currency } from "../currencies";

export const VERDICTS = ["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Always from Washington's side: Korea's surplus is read as the US deficit, Korea's exports as US imports. */
export type Metric = "deficit" | "balance" | "exports" | "imports" | "total";
/** How the sentence put it: the US's figure, or Korea's name for the same figure */
export type Perspective = "us" | "korea";
export type Qualifier = "exact" | "about" | "nearly" | "more-than" | "less-than";
/** A part of the goods trade korus holds on its own: autos (the whole class), passenger cars, parts. */
export type Product = "autos" | "cars" | "parts";

/** A figure as the claim states it: value in units of its currency, and the precision the text implies. */
export interface Stated {
  text: string;
  value: number;
  currency: Currency;
  /** half a unit of the last digit written ("13.2 billion" → 0.05 billion) */
  precision: number;
  qualifier: Qualifier;
  /** no currency was written ("28bn"): read as US dollars */
  currencyImplicit: boolean;
}

/**
 * A period the claim names. Months are 1-12; `months` is a run of months within one year ("the first five
 * months of 2019", "January-April"). `latest` is the latest full year published at --as-of, `back` years
 * before it; `latest-month` the latest month published then.
 */
export type Period =
  | { kind: "year"; year: number }
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "half"; year: number; half: number }
  | { kind: "months"; year: number; from: number; to: number }
  | { kind: "latest"; back: number }
  /**
   * Months of a year the claim does not name: "this year" (the year of --as-of), "last year", or "recent"
   * ("in April": the latest April published at --as-of); `back` years before that.
   */
  | { kind: "relative"; anchor: "this" | "last" | "recent"; back: number; from: number; to: number };

export type Frequency = "annual" | "monthly";

interface Subject {
  metric: Metric;
  partner: string;
  perspective: Perspective;
  /** the figure of one product only ("US imports of Korean cars"); absent: all goods */
  product?: Product;
  /**
   * the subject itself reports it: "Korea's imports from Japan" is Korea's trade with the partner, from Korea's own
   * statistics (absent: US trade with the partner, perhaps named from the partner's side)
   */
  reporter?: string;
}

export type Check =
  /** "The deficit was $27.6 billion in 2016" */
  | (Subject & { type: "level"; period: Period; stated: Stated })
  /** "doubled", "2.5 times", "three times the 2010 level": to / from against a factor */
  | (Subject & { type: "ratio"; from: Period; to: Period; factor: number; qualifier: Qualifier; word: string })
  /** "rose by 17%", "40 percent higher than before the FTA", "grew by half" */
  | (Subject & { type: "percent"; from: Period; to: Period; percent: number; precision: number; qualifier: Qualifier })
  /** "rose by $14.4 billion", "up $4.1 billion from 2012" (signed: a fall is negative) */
  | (Subject & { type: "delta"; from: Period; to: Period; stated: Stated; direction: "up" | "down" })
  /** "went up", "widened", "fell" */
  | (Subject & { type: "direction"; from: Period; to: Period; direction: "up" | "down"; word: string })
  /** "the deficit with Japan was bigger than with Korea in 2016"; with a factor: "12 times the one with Korea" */
  | {
      type: "compare";
      metric: Metric;
      subject: string;
      object: string;
      period: Period;
      relation: "greater" | "less";
      factor: number | null;
      qualifier: Qualifier;
      /** "overtook", "surpassed": it also held the other way round the period before */
      crossing: boolean;
      word: string;
    }
  /** "a record", "the second largest on record", "the narrowest monthly deficit since 2020", "the lowest in a decade" */
  | (Subject & {
      type: "record";
      period: Period;
      extreme: "max" | "min";
      /** 1 = the record itself, 2 = second largest … */
      position: number;
      /** compared with periods after this one (YYYY or YYYY-MM), or the `window` years before, or all data */
      since: string | null;
      window: number | null;
      frequency: Frequency;
      word: string;
    })
  /** "among the five biggest US deficit partners", "the eighth largest", "ranked fifth" */
  | (Subject & { type: "rank"; period: Period; extreme: "max" | "min"; position: number; among: "exact" | "top"; word: string })
  /** "the US ran a surplus with Korea in 1990"; "a deficit every year since 2012" */
  | { type: "sign"; partner: string; sign: "surplus" | "deficit"; period: Period; everyYearTo: Period | null; word: string }
  /** "autos make up most of the deficit": the product's part of the whole figure, as a range of fractions */
  | (Subject & { type: "share"; product: Product; period: Period; low: number; high: number | null; word: string })
  /** "$13.2 billion is 11.6 billion euros" */
  | { type: "fx"; amount: Stated; result: Stated; date: string | null }
  /** "KORUS went into effect five years ago" */
  | { type: "age"; years: number; qualifier: Qualifier; how: "ago" | "old" };

/** A word or number of the claim that no check used: the claim is not judged on a reading that skipped it. */
export interface Unread {
  text: string;
  /** what kind of thing it is: "amount", "year", "percent", "comparison", … */
  kind: string;
  /** character offsets in the claim (after Unicode compatibility folding, which keeps most positions) */
  start: number;
  end: number;
}

export interface ClauseReading {
  /** the clause's text */
  text: string;
  /** the declared form it was read with (forms.ts), or null when none fit */
  form: string | null;
  checks: Check[];
  /** meaning-bearing words of this clause that no check used */
  unread: Unread[];
  /** why this clause cannot be checked, when it cannot */
  unverifiable: string | null;
  /**
   * the clause states something about a trade figure (an amount, a change, a comparison, a record): when such a
   * clause cannot be read, the claim as a whole is not judged
   */
  states: boolean;
  /** whose statistics this clause cites ("…, while US figures showed …"), if it names any */
  basis?: "us" | "korea";
}

export interface Reading {
  /** every clause read, in order */
  clauses: ClauseReading[];
  /** every check of every clause that could be read */
  checks: Check[];
  /** rules applied while reading (what "since KORUS" means, defaults), each stated once */
  rules: string[];
  /** everything not read, over all clauses */
  unread: Unread[];
  /** why the whole claim cannot be checked, when no clause can */
  unverifiable: string | null;
  /** the claim reports what someone said ("Lighthizer said …"): its "now" is when it was said */
  reported: boolean;
  /** whose statistics the claim cites ("according to Korea Customs", "US data"): only those are checked */
  basis: "us" | "korea" | null;
}
