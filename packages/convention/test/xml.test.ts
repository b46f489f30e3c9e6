import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkData } from "../src/data-dir/check.js";
import { BwbImportError, importBwb } from "../src/importer/index.js";
import { decodeXml, parseXml } from "../src/importer/xml.js";
import { walk } from "../src/query.js";
import { update } from "./run-update.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", "bwb", name), "utf8");
const UNESCO = fixture("BWBV0005577.xml");

/** The UNESCO agreement with its Latin-1 character references (ë, æ, ô…) written as the characters. */
const UNESCO_RAW = UNESCO.replace(/&#x([0-9A-Fa-f]+);/g, (ref, hex: string) => {
  const cp = Number.parseInt(hex, 16);
  return cp >= 0xa0 && cp <= 0xff ? String.fromCodePoint(cp) : ref;
});
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function refusal(run: () => unknown): BwbImportError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BwbImportError);
  return caught as BwbImportError;
}

/** A minimal document with `inner` as the text of one element. */
const doc = (inner: string) => `<?xml version="1.0"?>\n<wetgeving>\n<al>${inner}</al>\n</wetgeving>`;

describe("characters XML 1.0 forbids are refused, naming the rule", () => {
  it.each([
    ["&#0;", /&#0; names the character U\+0000/],
    ["&#x1;", /&#x1; names the character U\+0001/],
    ["&#xD800;", /&#xD800; names the character U\+D800/],
    ["&#xDFFF;", /&#xDFFF; names the character U\+DFFF/],
    ["&#xFFFE;", /&#xFFFE; names the character U\+FFFE/],
    ["&#x110000;", /&#x110000; names a number beyond U\+10FFFF/],
    ["&#99999999999;", /names a number beyond U\+10FFFF/],
  ])("the character reference %s", (ref, message) => {
    const error = refusal(() => parseXml(doc(`before ${ref} after`)));
    expect(error.code).toBe("malformed-xml");
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/line 3, column 12/);
    expect(error.message).toMatch(/Legal Character, §4\.1/);
  });

  it.each([
    ["NUL", "\u0000"],
    ["backspace", "\u0008"],
    ["escape", "\u001B"],
    ["a lone high surrogate", "\uD83D"],
    ["a lone low surrogate", "\uDE00"],
    ["U+FFFF", "\uFFFF"],
  ])("a raw %s", (_name, char) => {
    const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
    const error = refusal(() => parseXml(doc(`before ${char}`)));
    expect(error.message).toContain(`line 3, column 12): it holds the character ${code}`);
    expect(error.message).toMatch(/§2\.2, production Char/);
    // The same character as bytes of a file (UTF-8 cannot encode a lone surrogate, so that one is a bad byte).
    if (!/[\uD800-\uDFFF]/.test(char)) {
      expect(() => parseXml(new TextEncoder().encode(doc(char)))).toThrow(/production Char/);
    }
  });

  it("keeps what is allowed: tab, line feed, carriage return, a surrogate pair, and references in comments and CDATA", () => {
    const root = parseXml(
      doc("a\tb &#x9;&#xA;&#x1F600; \uD83D\uDE00 <!-- &#0; --><![CDATA[&#0;]]>&#xFFFD;&#x10FFFF;"),
    );
    const text = (root.children[1] as { children: string[] }).children.join("");
    expect(text).toBe("a\tb \t\n\u{1F600} \u{1F600} &#0;\uFFFD\u{10FFFF}");
  });

  it("the real fixtures hold none of them, so they still import", () => {
    expect(importBwb(UNESCO, { lang: "en" }).body.length).toBeGreaterThan(0);
  });
});

describe("encodings are read as the XML declaration says, or refused", () => {
  it('a legal encoding="ISO-8859-1" declaration is decoded as Latin-1, giving the same document as UTF-8', () => {
    const declared = UNESCO_RAW.replace(
      '<?xml version="1.0"?>',
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
    );
    expect(declared).not.toBe(UNESCO_RAW);
    const bytes = latin1(declared);
    // Latin-1 bytes are not UTF-8: é is one byte 0xE9 here.
    expect(bytes.some((b) => b >= 0xa0)).toBe(true);
    const decoded = decodeXml(bytes);
    expect(decoded).toBe(declared);
    expect(decoded).not.toContain("\uFFFD");
    const expected = importBwb(UNESCO, { lang: "nl" });
    expect(importBwb(decoded, { lang: "nl" })).toEqual(expected);
    expect(JSON.stringify(expected)).toMatch(/[ëæô]/);
    // The same text as UTF-8, declared or not, decodes to the same document.
    const utf8 = new TextEncoder().encode(UNESCO_RAW);
    expect(importBwb(decodeXml(utf8), { lang: "nl" })).toEqual(expected);
    expect(parseXml(bytes)).toEqual(parseXml(utf8));
  });

  it("UTF-16 with a byte order mark", () => {
    const text = doc("Crimes contre l\u2019humanit\u00E9");
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeXml(le)).toBe(text);
  });

  it("invalid UTF-8 is refused with the offset of the first bad byte, never turned into U+FFFD", () => {
    const bytes = latin1(UNESCO_RAW);
    const first = bytes.findIndex((b) => b >= 0x80);
    const error = refusal(() => decodeXml(bytes));
    expect(error.code).toBe("malformed-xml");
    expect(error.message).toContain(`not valid UTF-8: the byte at offset ${first}`);
    expect(error.message).toContain('encoding="…"');
    expect(() => importBwb(UNESCO_RAW, { lang: "nl" })).not.toThrow();
    // Truncated and overlong sequences, and an encoded surrogate.
    for (const bad of [[0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const input = Uint8Array.from([
        ...new TextEncoder().encode("<a>x"),
        ...bad,
        ...new TextEncoder().encode("</a>"),
      ]);
      expect(() => decodeXml(input), bad.join(",")).toThrow(/not valid UTF-8: the byte at offset 4 /);
    }
  });

  it("an encoding it does not read, and a byte order mark that contradicts the declaration, are refused", () => {
    const ebcdic = refusal(() => decodeXml(latin1('<?xml version="1.0" encoding="EBCDIC-CP-US"?><a/>')));
    expect(ebcdic.code).toBe("unsupported-encoding");
    expect(ebcdic.message).toContain('declares encoding="EBCDIC-CP-US", which this importer does not read');
    const both = refusal(() =>
      decodeXml(
        Uint8Array.from([0xef, 0xbb, 0xbf, ...latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')]),
      ),
    );
    expect(both.message).toMatch(/UTF-8 byte order mark but declares encoding="ISO-8859-1"/);
    expect(() => decodeXml(latin1('<?xml version="1.0" encoding="US-ASCII"?><a>\u00E9</a>'))).toThrow(
      /not ASCII/,
    );
  });
});

describe("the document's structure", () => {
  it("a second root element is refused, also when it is an empty element", () => {
    for (const second of ["<b/>", "<b>text</b>", "<wetgeving/>"]) {
      const error = refusal(() =>
        parseXml(`<?xml version="1.0"?>\n<wetgeving><al>x</al></wetgeving>\n${second}`),
      );
      // The parser's validator names some cases itself; the rest are caught after parsing.
      expect(error.message).toMatch(
        /another element <(b|wetgeving)>; a document has exactly one root element|Multiple possible root nodes/,
      );
    }
    const error = refusal(() => importBwb(`${UNESCO}<wetgeving/>`, { lang: "en" }));
    expect(error.code).toBe("malformed-xml");
  });

  it("CDATA text is taken literally, never entity-decoded", () => {
    const root = parseXml(doc("Tom &amp; Jerry <![CDATA[Tom &amp; Jerry &#0; <b>]]>"));
    expect((root.children[1] as { children: string[] }).children.join("")).toBe(
      "Tom & Jerry Tom &amp; Jerry &#0; <b>",
    );
    // Through the importer: an article paragraph written as CDATA keeps its ampersand entity as text.
    const xml = UNESCO.replace(
      /(<artikel[^>]*>[\s\S]*?<al>)([^<]*)/,
      (_all, open: string, text: string) => `${open}<![CDATA[R&amp;D ]]>${text}`,
    );
    const texts = [...walk(importBwb(xml, { lang: "en" }))].map((n) => n.text?.en?.value ?? "");
    expect(texts.some((t) => t.includes("R&amp;D"))).toBe(true);
  });
});

describe("the data check refuses them too, in a data directory edited by hand", () => {
  it("names the file, the field, the character and the rule", async () => {
    const data = mkdtempSync(join(tmpdir(), "lhc-xml-chars-"));
    try {
      const file = join(import.meta.dirname, "fixtures", "bwb", "BWBV0005577.xml");
      const filled = await update({ from: { file }, id: "BWBV0005577", dataDir: data });
      expect(filled.ok, filled.refusal).toBe(true);
      expect(checkData(data).problems).toEqual([]);
      const path = join(data, "provisions", "art_i.json");
      const article = JSON.parse(readFileSync(path, "utf8"));
      article.children[0].text.en.value = `${article.children[0].text.en.value}\u0000`;
      writeFileSync(path, `${JSON.stringify(article, null, 2)}\n`);
      const meta = JSON.parse(readFileSync(join(data, "meta.json"), "utf8"));
      meta.titles.en.value = "\uFFFF";
      writeFileSync(join(data, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
      const checked = checkData(data);
      expect(checked.document).toBeNull();
      const name = data.split("/").at(-1);
      expect(checked.problems.join("\n")).toContain(
        `${name}/provisions/art_i.json: (root).children.0.text.en.value: holds U+0000 at character ${article.children[0].text.en.value.length}, which XML 1.0 does not allow in a document (§2.2, production Char)`,
      );
      expect(checked.problems.join("\n")).toMatch(
        /data\/meta\.json: titles\.en\.value: holds U\+FFFF at character 1/,
      );
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
