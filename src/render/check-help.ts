/**
 * `korus help claims` and the README's table of claim forms, both made from the declared forms (FORMS): a
 * new form is documented by its own entry. `korus help verdicts` explains the scale offline.
 */
import { FORMS } from "../core/check/forms";
import { MAX_CLAIM_LENGTH } from "../core/check/limits";
import { MAX_DIGITS } from "../core/number";
import { formatNumber } from "./format";

export function claimsTopic(): string {
  const forms = FORMS.map((f) => `  ${f.name}: ${f.reads}\n${f.examples.map((e) => `      korus check '${e}'`).join("\n")}`);
  return `Claim forms korus check reads (in the order they are tried)

${forms.join("\n")}

What a claim may name
  figures    deficit, trade gap, surplus, exports, imports, total (two-way) trade, balance; Korea's surplus,
             exports or imports are read as the US figures seen from Seoul (a caveat says Korea's own differ)
  partners   the bundled partners (korus partners); another country makes the clause unverifiable
  periods    2016; June 2023; the first quarter (Q1, 1Q) of 2019; the first half (H1) of 2017; the first five
             months of 2019; Jan-Apr 2026; last year (the calendar year before --as-of); April last year; over
             the past five years; since 2012; between 2011 and 2016; since / under / after / before KORUS (or
             the FTA, the trade deal, the 2012 agreement, amended KORUS)
  bases      a year earlier, the same period in 2016, the previous month, compared to the last quarter of 2015

Rules
  - Every amount, percent, multiple, period, comparison and qualifier is used by a check or listed as not
    read; a clause with something not read is unverifiable and says what (--json: interpretation.unread).
  - No period: the latest full year, only for a claim in the present tense ("is", "now"), and stated.
  - "Since KORUS": from the last full year before entry into force to the latest full year at --as-of.
  - A change in a month, quarter or part of a year is measured against the same period a year earlier.
  - Negations ("not", "falsely", "far from", "a myth"), questions, predictions and estimates, fiscal
    years, ties and Korea's own statistics are not judged.
  - Words that change what a figure is are never dropped: averages, sums, rates per day or quarter, runs
    of years ("three straight years"), windows ("the five years to 2015", "the following year", "before
    2022", "for ten years"), q/q changes, peaks, "that year", shares ("35% of"), growth rates compared,
    ranges, "one of the largest", sizes in words ("slightly"), rough amounts ("$60-odd billion"), other
    currencies (£, C$), real, seasonally adjusted, won-terms or balance-of-payments figures. A clause
    with one is unverifiable and names it.
  - A reported statement that runs to "now" ("X said the deficit had doubled since 2011") needs --as-of,
    the date it was said.
  - A clause that states a figure and could not be read makes the whole claim unverifiable; the reason
    gives the verdict of the part that was read.
  - Each sentence of a claim is read on its own; "fell in 2016 and 2019" is a fall in each year, never a
    span; a cause ("thanks to a 15% rise in exports") is a clause of its own.
  - "The lowest in six years": among the six years up to and including the one named.
  - Numbers: digits 0-9 with thousands commas in threes, a decimal point, an exponent (2,109%, $27.6e3
    million, $2.76e10); fullwidth digits are digits. A number korus cannot read exactly (other digits such
    as ٢٠١٦, 27,6, over ${MAX_DIGITS} significant digits, beyond 10^15) makes the clause unverifiable, named.
  - A claim is at most ${formatNumber(MAX_CLAIM_LENGTH, 0)} characters (longer: a usage error). Whole texts (--file FILE, or - for
    stdin) are split into sentences first; a sentence over that length is not read, and named.
  - Quote claims with single quotes: in double quotes the shell turns "$13.2 billion" into "3.2 billion".
`;
}

export function formsMarkdown(): string {
  const rows = FORMS.map((f) => `| ${f.name} | ${f.reads} | ${f.examples.map((e) => `"${e}"`).join("; ")} |`);
  return ["| form | reads | examples |", "| --- | --- | --- |", ...rows].join("\n");
}

export const VERDICTS_TOPIC = `Verdicts of korus check

One scale: true, mostly-true, half-true, mostly-false, false, unverifiable.

A stated figure is TRUE when the data fall within the band the claim's own words allow:
  "$13.2 billion"          ± half its last digit: 13.15-13.25 billion ("$17 billion": 16.5-17.5)
  "about", "around"        the band widened by 3% of the actual value
  "nearly X"               from 10% below X up to X
  "more than", "topped"    above X; "less than", "under": below X
  doubled, ×k, "k times"   0.9k to 1.15k; "more than doubled": above 2; "nearly tripled": 2.55-3
  "by 17%"                 ± half a point (16.5-17.5%); "about" adds 5% of the stated percent
  went up / down           the change has that sign (MOSTLY-TRUE if under 0.5%)
  bigger / smaller than    the relation holds (HALF-TRUE within 2%); "overtook" also needs it not so before
  record, rank, sign       the figure is (or is not) what the claim says

Beyond the band, by the distance outside it relative to the actual value (for multiples: to k):
  ≤ 5% MOSTLY-TRUE   ≤ 15% HALF-TRUE   ≤ 30% MOSTLY-FALSE   more: FALSE
A change in the opposite direction is FALSE.

Several clauses: the weakest, but right and wrong parts together are HALF-TRUE; clauses korus could not
read are left out when others were checked (the output lists them under "Not judged").

UNVERIFIABLE: korus could not read the claim, or part of it that carries its meaning; the data it needs are
not bundled or not yet published at --as-of; or a rank among partners needs countries korus does not hold.
The output says which, and what korus reads (korus help claims).

Two capitals: a claim said from Seoul's side (Korea's surplus, Korea's exports to the US) is checked on Korea's
own figures and the US ones, and follows the basis that matches better, naming the other; a claim said from the
US side stays on US figures and names Korea's where it would give another verdict.

Every verdict shows the period it resolved to, the band it used, whether the claim overstates or understates,
the closest true statement, and for a window of years the verdicts with either end moved by a year.
Exit codes with --exit-status: 0 true or mostly-true, 3 half-true, mostly-false or false, 4 unverifiable.
`;
