import { type LintRule, META_FILE, SOURCES_FILE } from "../types.js";

/**
 * No text holds a character XML 1.0 forbids (§2.2, production Char: C0 controls but tab, line feed and
 * carriage return; lone surrogates; U+FFFE, U+FFFF). No official text holds one, and the letters, the
 * site and the CLI write the data out as XML or HTML, where such a character breaks the document.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about exactly these characters.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

function* stringsWithPaths(value: unknown, field: string): Generator<{ text: string; field: string }> {
  const at = (key: string | number) => (field ? `${field}.${key}` : String(key));
  if (typeof value === "string") yield { text: value, field };
  else if (Array.isArray(value)) {
    for (const [k, item] of value.entries()) yield* stringsWithPaths(item, at(k));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringsWithPaths(item, at(key));
  }
}

export const xmlCharacters: LintRule = {
  name: "xml-characters",
  check({ meta, sources, nodeFiles }, report) {
    // Fields as the other rules name them: meta.json's from its top, a node file's from `(root)`.
    const files: Array<[string, unknown, string]> = [
      [META_FILE, meta, ""],
      [SOURCES_FILE, sources, ""],
      ...nodeFiles.map(({ file, node }) => [file, node, "(root)"] as [string, unknown, string]),
    ];
    for (const [file, value, root] of files) {
      for (const { text, field } of stringsWithPaths(value, root)) {
        const found = NOT_XML_CHAR.exec(text);
        if (!found) continue;
        const code = `U+${(found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
        report(
          file,
          field,
          `holds ${code} at character ${found.index + 1}, which XML 1.0 does not allow in a document (§2.2, production Char); remove it: no official text holds one`,
        );
      }
    }
  },
};
