import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./browser";

export default function setup(): void {
  const index = fileURLToPath(new URL("../build/index.html", import.meta.url));
  if (!existsSync(index)) {
    throw new Error(
      "apps/site/build is missing: the site tests run on the built site. Run `pnpm exec turbo run test --filter @lhc/site` (turbo builds first) or `pnpm --filter @lhc/site build`.",
    );
  }
  ensureChromium();
}
