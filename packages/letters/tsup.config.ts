import { defineConfig } from "tsup";

export default defineConfig({
  // The labels are an entry of their own so that a form in the letter's words loads no writer.
  // The DOCX writer is its own entry so that HTML and Markdown users (the site's preview) do not load it.
  // The languages alone are an entry so that a command-line option can list them without the catalogs.
  entry: {
    index: "src/index.ts",
    labels: "src/labels.ts",
    languages: "src/languages.ts",
    docx: "src/docx.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
});
