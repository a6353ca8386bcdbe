/** The sign convention in one line (src/core/signs.ts), under every view that shows a balance or a deficit. */
export const SIGN_NOTE =
  "Balance = exports − imports (negative = US deficit); a figure labelled deficit is imports − exports (positive = US deficit).";
