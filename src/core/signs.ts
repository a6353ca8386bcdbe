/**
 * korus's one sign convention (README "Signs", `korus help data`):
 * - balance = exports − imports, signed: negative = a US deficit;
 * - a figure labelled "deficit" is imports − exports, positive when the US runs a deficit;
 * - a change is signed as the quantity it changes (a balance change of −14.0 is a deficit that widened by 14.0), and
 *   says in words what happened: "deficit widened", "deficit narrowed", …
 */
export type BalanceMove =
  | "deficit widened"
  | "deficit narrowed"
  | "surplus grew"
  | "surplus shrank"
  | "turned to deficit"
  | "turned to surplus"
  | "unchanged";

/** What happened between two balances (exports − imports), in words. */
export function balanceMove(before: number, after: number): BalanceMove {
  if (after === before) return "unchanged";
  if (after < 0) {
    if (before >= 0) return "turned to deficit";
    return after < before ? "deficit widened" : "deficit narrowed";
  }
  if (after > 0) {
    if (before <= 0) return "turned to surplus";
    return after > before ? "surplus grew" : "surplus shrank";
  }
  return before < 0 ? "deficit narrowed" : "surplus shrank";
}
