// Build: validate data/ (fail with `file:line: problem`), then bundle korus into one CJS file
// with the validated dataset inlined. Why a bundle: one file starts about 2x faster than tsc's many ESM
// files, and validating the data here means start-up never pays for zod (see README "Performance").
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

/** @typedef {import("esbuild").BuildOptions} BuildOptions @typedef {import("esbuild").Plugin} Plugin */

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const finalDist = join(root, "dist");
// Built beside dist/ and swapped in at the end, so a korus running during a build never sees half a dist/.
const dist = join(root, `dist.building-${process.pid}`);
const dataDir = process.env.KORUS_BUILD_DATA_DIR || join(root, "data");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** @type {BuildOptions} */
const common = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" };

// 1. The data validator, bundled on its own: the build runs it, and korus loads it only for KORUS_DATA_DIR,
// so zod (about 300 KiB of the bundle) is never parsed on a normal start.
const loaderFile = join(dist, "load-dir.cjs");
await esbuild.build({ ...common, entryPoints: [join(root, "src/data/load-dir.ts")], outfile: loaderFile, minifySyntax: true });
const { loadDataDir } = createRequire(import.meta.url)(loaderFile);
let dataset;
try {
  dataset = loadDataDir(dataDir);
} catch (e) {
  console.error(`build: ${dataDir}/${e instanceof Error ? e.message : String(e)}`);
  rmSync(dist, { recursive: true, force: true });
  process.exit(1);
}
if (process.env.KORUS_BUILD_CHECK_ONLY) {
  rmSync(dist, { recursive: true, force: true });
  process.exit(0);
}

// 2. The validated dataset, one JSON file per section (goodsAnnual, fxDaily, timeline, ...). korus reads a
// section the first time a command touches it (one JSON.parse each): `deficit` never pays for the
// monthly series, the exchange rates or the timeline, and --help and --version read nothing.
mkdirSync(join(dist, "data"), { recursive: true });
const sections = Object.keys(dataset);
const hasherFile = join(dist, "bundle-sections.cjs");
await esbuild.build({ ...common, entryPoints: [join(root, "src/data/bundle-sections.ts")], outfile: hasherFile });
const { textHash } = createRequire(import.meta.url)(hasherFile);
rmSync(hasherFile);
/** @type {Record<string, { rows: number | null, hash: string }>} */
const recorded = {};
for (const key of sections) {
  const text = JSON.stringify(dataset[key]);
  writeFileSync(join(dist, "data", `${key}.json`), text);
  recorded[key] = { rows: Array.isArray(dataset[key]) ? dataset[key].length : null, hash: textHash(text) };
}
// each section's row count and text hash go into the bundle and are checked when the section is first read
// (src/data/bundle-sections.ts): a missing or edited dist/data file is refused in one line, never printed
const sectionsModule = JSON.stringify(join(root, "src/data/bundle-sections.ts"));
const datasetStub = [
  `const { readSection } = require(${sectionsModule});`,
  "const cache = {};",
  "const dataset = {};",
  ...Object.entries(recorded).map(
    ([k, { rows, hash }]) =>
      `Object.defineProperty(dataset, ${JSON.stringify(k)}, { enumerable: true, get: () => (cache[${JSON.stringify(k)}] ??= readSection(__dirname, ${JSON.stringify(k)}, ${rows}, ${JSON.stringify(hash)})) });`,
  ),
  "module.exports = dataset;",
].join("\n");

// 3. The CLI, and one bundle per command part (src/parts/NAME.ts → dist/parts/NAME.cjs) that the CLI
// requires when that command runs: start-up parses commander and the option definitions, nothing else.
/** @type {Record<string, string>} */
const stubs = {
  "virtual:korus-dataset": datasetStub,
  "./load-dir": `const { requirePart } = require(${sectionsModule});\nmodule.exports = { loadDataDir: (dir) => requirePart(() => require("./load-dir.cjs")).loadDataDir(dir) };`,
};
/** @type {Plugin} */
const external = {
  name: "korus-externals",
  setup(build) {
    build.onResolve({ filter: /^(virtual:korus-dataset|\.\/load-dir)$/ }, (a) => ({ path: a.path, namespace: "korus-stub" }));
    build.onResolve({ filter: /^\.\.?\/parts\/[a-z-]+$/ }, (a) => ({ path: a.path, namespace: "korus-part" }));
    build.onLoad({ filter: /.*/, namespace: "korus-stub" }, (a) => ({ contents: stubs[a.path], loader: "js", resolveDir: dist }));
    build.onLoad({ filter: /.*/, namespace: "korus-part" }, (a) => ({
      contents: `const { requirePart } = require(${sectionsModule});\nmodule.exports = requirePart(() => require("./parts/${basename(a.path)}.cjs"));`,
      loader: "js",
      resolveDir: dist,
    }));
    build.onResolve({ filter: /^\.\/(data\/[A-Za-z]+\.json|load-dir\.cjs|parts\/[a-z-]+\.cjs)$/ }, (a) => ({
      path: a.path,
      external: true,
    }));
  },
};
// chalk's supports-color probes the terminal at import (node:process, node:os, node:tty through esbuild's
// ESM interop: 10 ms). korus always passes chalk an explicit level (src/context.ts decides color once), so
// the bundle takes chalk's own environment-free variant of that module.
/** @type {Plugin} */
const chalkNoProbe = {
  name: "chalk-no-terminal-probe",
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: join(root, "node_modules/chalk/source/vendor/supports-color/browser.js"),
    }));
  },
};
/** @type {BuildOptions} */
const minify = { minifySyntax: true, minifyWhitespace: true, minifyIdentifiers: true, legalComments: "none" };
const parts = readdirSync(join(root, "src/parts")).filter((f) => f.endsWith(".ts"));
const [main, partsResult] = await Promise.all([
  esbuild.build({
    ...common,
    ...minify,
    entryPoints: [join(root, "src/entry.ts")],
    outfile: join(dist, "korus.cjs"),
    plugins: [external],
    metafile: true,
  }),
  esbuild.build({
    ...common,
    ...minify,
    plugins: [chalkNoProbe],
    entryPoints: parts.map((f) => join(root, "src/parts", f)),
    outdir: join(dist, "parts"),
    outExtension: { ".js": ".cjs" },
    metafile: true,
  }),
]);
/** @param {{ metafile: import("esbuild").Metafile }} r */
const kib = (r) => (Object.values(r.metafile.outputs).reduce((s, o) => s + o.bytes, 0) / 1024).toFixed(0);
console.error(
  `build: data/ valid (${dataset.goodsAnnual.length} annual, ${dataset.goodsMonthly.length} monthly rows); dist/korus.cjs ${kib(main)} KiB, ${parts.length} parts ${kib(partsResult)} KiB`,
);
// The swap. A korus started before or during the build requires dist/parts/NAME.cjs and reads dist/data
// lazily, so no path may ever be missing: every new file is renamed over its old path (rename(2) replaces
// it atomically), data and parts first and the entry korus.cjs last; then files the new build no longer
// has are removed, and the empty build folder.
/** @param {string} dir @returns {string[]} paths relative to dir */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
const fresh = filesOf(dist).sort((a, b) => (a === "korus.cjs" ? 1 : b === "korus.cjs" ? -1 : a.localeCompare(b)));
for (const f of fresh) {
  mkdirSync(dirname(join(finalDist, f)), { recursive: true });
  renameSync(join(dist, f), join(finalDist, f));
}
const keep = new Set(fresh);
for (const f of filesOf(finalDist)) if (!keep.has(f)) rmSync(join(finalDist, f));
rmSync(dist, { recursive: true, force: true });
