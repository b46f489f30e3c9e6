/**
 * Finds the latest record of a treaty in the register's SRU service and downloads its item XML in both
 * manifestations (xml-nl, xml-en). The download itself (timeout, retries on 429/5xx with backoff, size
 * limit, a 404 that names the URL) is @lhc/convention's, shared with `lhc convention update --fetch`.
 * Shapes as recorded in test/fixtures/verdragenbank/SOURCES.md.
 */
import { type DownloadOptions, download, FetchError } from "@lhc/convention/importer";
import { MAX_ITEM_BYTES } from "./item.js";
import { hasDeclarations, registerXmlParser } from "./xml.js";

export const DEFAULT_REGISTER_URL = "https://repository.overheid.nl/";

export interface RegisterRecord {
  id: string;
  version: string;
  modified: string | null;
  /** The register's own item URLs, by manifestation; these are what the data cites. */
  itemUrls: { "xml-nl"?: string; "xml-en"?: string };
}

export interface FetchedItem {
  record: RegisterRecord;
  sruUrl: string;
  nl: { url: string; xml: Buffer };
  en: { url: string; xml: Buffer } | null;
}

const parser = registerXmlParser(["record", "itemUrl"]);

type Node = Record<string, unknown>;
const textOf = (value: unknown): string | null =>
  typeof value === "string"
    ? value
    : value && typeof value === "object"
      ? (((value as Node)["#text"] as string) ?? null)
      : null;

export function sruUrl(id: string, baseUrl = DEFAULT_REGISTER_URL): string {
  const url = new URL("sru", baseUrl);
  url.searchParams.set("operation", "searchRetrieve");
  url.searchParams.set("version", "2.0");
  url.searchParams.set("query", `c.product-area==vd AND dt.identifier==${id}`);
  url.searchParams.set("maximumRecords", "50");
  return url.toString();
}

/** The records of an SRU answer, each with its version, modified date and item URLs. */
export function readSruRecords(xml: string, url: string): RegisterRecord[] {
  if (hasDeclarations(xml)) throw new FetchError(url, `${url}: the SRU answer has a DOCTYPE; refused`);
  let root: Node;
  try {
    root = (parser.parse(xml) as Node).searchRetrieveResponse as Node;
  } catch (error) {
    throw new FetchError(url, `${url}: the SRU answer is not XML (${(error as Error).message})`);
  }
  if (!root) throw new FetchError(url, `${url}: the answer is not an SRU searchRetrieveResponse`);
  const records = (((root.records as Node | undefined)?.record as Node[] | undefined) ?? []).map((record) => {
    const gzd = ((record.recordData as Node).gzd ?? {}) as Node;
    const meta = ((gzd.originalData as Node)?.meta ?? {}) as Node;
    const kern = (meta.owmskern ?? {}) as Node;
    const mantel = (meta.owmsmantel ?? {}) as Node;
    const itemUrls: RegisterRecord["itemUrls"] = {};
    for (const item of ((gzd.enrichedData as Node | undefined)?.itemUrl as Node[] | undefined) ?? []) {
      const manifestation = item["@_manifestation"];
      if (manifestation === "xml-nl" || manifestation === "xml-en")
        itemUrls[manifestation] = textOf(item) ?? undefined;
    }
    return {
      id: textOf(kern.identifier) ?? "",
      version: textOf(mantel.hasVersion) ?? "",
      modified: textOf(kern.modified),
      itemUrls,
    };
  });
  return records;
}

/** Where to download a register URL from: the same path on `baseUrl` (the register itself by default). */
function downloadUrl(registerUrl: string, baseUrl: string): string {
  const { pathname, search } = new URL(registerUrl);
  return new URL(`${pathname.replace(/^\//, "")}${search}`, baseUrl).toString();
}

export async function fetchLatestItem(
  id: string,
  options: DownloadOptions & { baseUrl?: string } = {},
): Promise<FetchedItem> {
  const baseUrl = options.baseUrl ?? DEFAULT_REGISTER_URL;
  const url = sruUrl(id, baseUrl);
  options.log?.(`SRU lookup: ${url}`);
  const answer = (await download(url, options)).toString("utf8");
  const records = readSruRecords(answer, url).filter((r) => r.id === id && r.itemUrls["xml-nl"]);
  if (records.length === 0)
    throw new FetchError(url, `${url}: the register has no record of treaty ${id} with an item URL`);
  const latest = records.reduce((a, b) => (Number(b.version) > Number(a.version) ? b : a));
  const get = async (manifestation: "xml-nl" | "xml-en") => {
    const itemUrl = latest.itemUrls[manifestation];
    if (!itemUrl) return null;
    options.log?.(`item (${manifestation}): ${itemUrl}`);
    const xml = await download(downloadUrl(itemUrl, baseUrl), { ...options, maxBytes: MAX_ITEM_BYTES });
    return { url: itemUrl, xml };
  };
  const nl = await get("xml-nl");
  const en = await get("xml-en");
  if (!nl) throw new FetchError(url, `${url}: no xml-nl item`);
  return { record: latest, sruUrl: url, nl, en };
}
