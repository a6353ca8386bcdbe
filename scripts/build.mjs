// Build: validate data/ (fail with `file: line N, column: problem`), then bundle korus into one CJS file
// with the validated dataset inlined. Why a bundle: one file starts about 2x faster than tsc's many ESM
// files, and validating the data here means start-up never pays for zod (see README "Performance").
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const dataDir = process.env.KORUS_BUILD_DATA_DIR || join(root, "data");
mkdirSync(dist, { recursive: true });

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
  console.error(`build: ${dataDir}/${e.message}`);
  process.exit(1);
}
if (process.env.KORUS_BUILD_CHECK_ONLY) process.exit(0);
writeFileSync(join(dist, "dataset.json"), JSON.stringify(dataset));

// 2. The CLI. The validated dataset stays a separate JSON file beside the bundle, read (one JSON.parse)
// only by commands that need data: --help and --version never pay for it.
const external = {
  name: "korus-externals",
  setup(build) {
    const stubs = {
      "virtual:korus-dataset": 'export default require("./dataset.json");',
      "./load-dir": 'export const loadDataDir = (dir) => require("./load-dir.cjs").loadDataDir(dir);',
    };
    build.onResolve({ filter: /^(virtual:korus-dataset|\.\/load-dir)$/ }, (a) => ({ path: a.path, namespace: "korus-stub" }));
    build.onLoad({ filter: /.*/, namespace: "korus-stub" }, (a) => ({ contents: stubs[a.path], loader: "js", resolveDir: dist }));
    build.onResolve({ filter: /^\.\/(dataset\.json|load-dir\.cjs)$/ }, (a) => ({ path: a.path, external: true }));
  },
};
const result = await esbuild.build({
  ...common,
  entryPoints: [join(root, "src/entry.ts")],
  outfile: join(dist, "korus.cjs"),
  plugins: [external],
  metafile: true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
});
const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
console.error(`build: data/ valid (${dataset.goodsAnnual.length} annual, ${dataset.goodsMonthly.length} monthly rows); dist/korus.cjs ${(bytes / 1024).toFixed(0)} KiB`);
