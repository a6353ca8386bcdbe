/**
 * Used only by the built bundle (scripts/build.mjs writes the stubs that call it): reads one data section
 * of dist/data and checks it against what the build recorded (its row count and a hash of its text), so a
 * missing, truncated or edited dist/ file is refused in one line instead of being printed as NaN.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "../errors";

export const BUILD_DAMAGED = "the build is missing or damaged: run npm run build";

export function buildDamaged(): DataError {
  return new DataError(BUILD_DAMAGED);
}

/** SHA-1 of the text, native (under 1 ms with the module's load; a JS loop took 2-13 ms for the largest section). */
export function textHash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** `rows`: the section's length when it is an array, else null. */
export function readSection(dir: string, name: string, rows: number | null, hash: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, "data", `${name}.json`), "utf8");
  } catch {
    throw buildDamaged();
  }
  if (textHash(text) !== hash) throw buildDamaged();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw buildDamaged();
  }
  const length = Array.isArray(value) ? value.length : null;
  if (length !== rows) throw buildDamaged();
  return value;
}

/** A part of the bundle (dist/parts/NAME.cjs, dist/load-dir.cjs), or the build-damaged error. */
export function requirePart<T>(load: () => T): T {
  try {
    return load();
  } catch {
    throw buildDamaged();
  }
}
