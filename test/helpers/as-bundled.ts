// vitest setup: cli-table3 is loaded by Node's require (vite does not see its inner requires), so the two
// changes the bundle makes to it (scripts/patches.mjs) are made here in Node's loader, and the tests draw
// tables exactly as the shipped binary does (without them one timeline table takes over a minute).
import { readFileSync } from "node:fs";
import Module from "node:module";
import { CELL_FILE, patchCell, STRING_WIDTH } from "../../scripts/patches.mjs";

interface Loader {
  _extensions: Record<string, (module: { _compile(code: string, file: string): void }, filename: string) => void>;
  _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
}
const loader = Module as unknown as Loader;
const compileJs = loader._extensions[".js"]!;
loader._extensions[".js"] = (module, filename) => {
  if (CELL_FILE.test(filename)) module._compile(patchCell(readFileSync(filename, "utf8"), filename), filename);
  else compileJs(module, filename);
};
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request, parent, ...rest) {
  if (request === "string-width" && parent?.filename?.includes("cli-table3")) return STRING_WIDTH;
  return resolve.call(this, request, parent, ...rest);
};
