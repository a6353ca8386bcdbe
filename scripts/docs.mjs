// npm run docs: writes the README's table of claim forms from the declared forms (src/core/check/forms.ts,
// through the built bundle), between the <!-- forms:start --> and <!-- forms:end --> markers.
// test/check-reader.test.ts fails when the README's table and the forms differ.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** @type {{ formsMarkdown(): string }} */
const view = createRequire(import.meta.url)(join(root, "dist/parts/check-view.cjs"));
const readme = join(root, "README.md");
const text = readFileSync(readme, "utf8");
const next = text.replace(
  /(<!-- forms:start -->\n)[\s\S]*?(\n<!-- forms:end -->)/,
  (_, a, b) => `${a}${view.formsMarkdown()}${b}`,
);
if (next === text) console.error("docs: README's forms table is up to date");
else {
  writeFileSync(readme, next);
  console.error("docs: README's forms table rewritten from the forms");
}
