/** Stands in for the build's inlined dataset when the sources run unbundled (vitest): same validator. */
import { fileURLToPath } from "node:url";
import { loadDataDir } from "./load-dir";

export default loadDataDir(fileURLToPath(new URL("../../data", import.meta.url)));
