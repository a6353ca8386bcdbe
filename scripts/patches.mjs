// Changes korus makes to cli-table3 where it is bundled (scripts/build.mjs) and where the sources run under
// vitest (vitest.config.ts), so the tests measure and draw tables exactly as the shipped binary does.
import { fileURLToPath } from "node:url";

/** cli-table3's string-width is replaced by korus's one-pass width function (see that file for why). */
export const STRING_WIDTH = fileURLToPath(new URL("../src/render/fast-string-width.cjs", import.meta.url));

export const CELL_FILE = /cli-table3[\\/]src[\\/]cell\.js$/;
const PREVIEW = "let content = utils.truncate(this.content, 10, this.truncate);";

/**
 * cli-table3 0.6 builds a 10-character preview of the whole cell for a debug message on every line it
 * draws, debug off or not; for tall cells with non-ASCII text that truncation is quadratic (70 ms for the
 * `check --article` table in the bundle, over a minute for the timeline under vitest). Dropped; if the line
 * ever changes, the build and the tests fail here rather than silently losing the fix.
 * @param {string} source the text of cli-table3/src/cell.js
 * @param {string} path
 */
export function patchCell(source, path) {
  if (!source.includes(PREVIEW))
    throw new Error(`cli-table3 changed: "${PREVIEW}" not found in ${path}; review scripts/patches.mjs`);
  return source.replace(PREVIEW, 'let content = "";');
}
