import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run";

/**
 * The seed article's full text is not in the repository or the package (korus has no licence to
 * redistribute it; data/article-facts.json keeps only the quotes and the URL). Tests that compare against
 * the full text read a local copy when there is one: KORUS_SEED_DIR, else ../shared/seed beside the checkout.
 */
const SEED_FILE = "dw-2017-07-13-korus-renegotiation.txt";
const dir = process.env.KORUS_SEED_DIR ?? join(ROOT, "..", "shared", "seed");
export const SEED_ARTICLE: string | null = existsSync(join(dir, SEED_FILE)) ? readFileSync(join(dir, SEED_FILE), "utf8") : null;
