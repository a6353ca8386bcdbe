import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // the sources read data/ through the same validator the build uses
    alias: { "virtual:korus-dataset": fileURLToPath(new URL("./src/data/dev-dataset.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
