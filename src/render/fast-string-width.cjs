"use strict";
// Stands in for the `string-width` package inside cli-table3 (esbuild alias, see scripts/build.mjs).
// cli-table3 measures every line of every cell several times while it pads and truncates; string-width
// builds a fresh ANSI regex and runs a 10 KB emoji regex on each call, which made a 40-row table cost
// 25-40 ms at start-up. This does the same measurement in one pass: ANSI codes and control or combining
// characters count 0, East Asian wide and fullwidth characters and emoji count 2, everything else 1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences take no columns
const ANSI = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

/** @param {number} cp */
function isWide(cp) {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** @param {unknown} input @returns {number} */
function stringWidth(input) {
  if (typeof input !== "string" || input.length === 0) return 0;
  const s = input.indexOf("\u001b") === -1 ? input : input.replace(ANSI, "");
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x7f) {
      if (code >= 0x20) width++;
      continue;
    }
    const cp = /** @type {number} */ (s.codePointAt(i));
    if (cp > 0xffff) i++;
    if (cp <= 0x9f || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

module.exports = stringWidth;
module.exports.default = stringWidth;
