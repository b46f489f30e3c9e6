/**
 * Finds and downloads the current consolidated version of a treaty from the official BWB repository
 * (KOOP). The work's `manifest.xml` names the latest version in `_latestItem`, a path relative to the
 * work's folder (`2004-12-28_0/xml/BWBV0001109_2004-12-28_0.xml`), and gives that file's size and
 * SHA-512 hash, which are checked. Shapes as recorded in test/fixtures/bwb/manifest/SOURCES.md.
 */
import { createHash } from "node:crypto";
import {
  BwbImportError,
  child,
  childrenNamed,
  decodeXml,
  parseXml,
  type XmlElement,
} from "../importer/xml.js";

export const DEFAULT_BASE_URL = "https://repository.officiele-overheidspublicaties.nl/bwb/";

/** A refusal of the fetch: the message names the URL and what went wrong. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export interface FetchOptions {
  id: string;
  baseUrl?: string;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx or a network error. */
  retries?: number;
  /** Delay before the first retry; doubled each time. A `Retry-After` header is honoured up to 60 s. */
  backoffMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Progress lines (which URL, retries). */
  log?: (line: string) => void;
}

export interface FetchedBwb {
  url: string;
  xml: string;
  /** The expression label, `{date}_{n}`, e.g. `2024-02-15_0`. */
  version: string;
  manifestUrl: string;
}

const LIMITS = { timeoutMs: 30_000, retries: 3, backoffMs: 1_000, maxBytes: 50 * 1024 * 1024 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The limits of one download; every field has a default. */
export type DownloadOptions = Omit<FetchOptions, "id" | "baseUrl">;

/**
 * GET with a timeout, retries with backoff on 429/5xx/network errors, a size limit and a clear 404.
 * Exported (from `@lhc/convention/importer`) so that @lhc/parties' register update downloads the same way.
 */
export async function download(url: string, options: DownloadOptions = {}): Promise<Buffer> {
  const { timeoutMs, retries, backoffMs, maxBytes } = { ...LIMITS, ...definedOnly(options) };
  let delay = backoffMs;
  for (let attempt = 0; ; attempt++) {
    let retryReason: string;
    let retryAfterMs: number | null = null;
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "follow",
        headers: { accept: "application/xml, text/xml" },
      });
      if (response.status === 404 || response.status === 410) {
        throw new FetchError(
          url,
          `${url} answered ${response.status} Not Found: the repository has no such file`,
        );
      }
      if (response.status === 429 || response.status >= 500) {
        retryReason = `${response.status} ${response.statusText}`.trim();
        const after = Number(response.headers.get("retry-after"));
        if (Number.isFinite(after) && after >= 0) retryAfterMs = Math.min(after * 1000, 60_000);
        await response.body?.cancel();
      } else if (!response.ok) {
        throw new FetchError(url, `${url} answered ${response.status} ${response.statusText}`.trim());
      } else {
        const declared = Number(response.headers.get("content-length"));
        if (Number.isFinite(declared) && declared > maxBytes) {
          await response.body?.cancel();
          throw new FetchError(url, `${url} is ${declared} bytes, over the limit of ${maxBytes} bytes`);
        }
        return await readLimited(url, response, maxBytes);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
      retryReason =
        (error as Error).name === "TimeoutError"
          ? `no answer within ${timeoutMs} ms`
          : `${(error as Error).message}${cause ? ` (${cause})` : ""}`;
    }
    if (attempt >= retries) {
      throw new FetchError(url, `${url} failed after ${attempt + 1} attempts: ${retryReason}`);
    }
    const wait = retryAfterMs ?? delay;
    options.log?.(`${url}: ${retryReason}; retrying in ${wait} ms`);
    await sleep(wait);
    delay *= 2;
  }
}

function definedOnly(options: DownloadOptions): Partial<typeof LIMITS> {
  return Object.fromEntries(
    Object.entries(options).filter(([key, value]) => key in LIMITS && value !== undefined),
  ) as Partial<typeof LIMITS>;
}

async function readLimited(url: string, response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new FetchError(url, `${url} sent more than the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    // The connection closed before the announced length: a truncated body.
    throw new FetchError(
      url,
      `${url}: the download broke off after ${size} bytes (${(error as Error).message})`,
    );
  }
  return Buffer.concat(chunks);
}

interface LatestItem {
  path: string;
  version: string;
  size: number | null;
  sha512: string | null;
}

const text = (el: XmlElement | undefined): string | null => {
  if (!el) return null;
  const value = el.children
    .map((c) => (typeof c === "string" ? c : ""))
    .join("")
    .trim();
  return value.length > 0 ? value : null;
};

/** Reads `_latestItem` and, where the manifest gives them, the size and hash of that file. */
export function latestItem(manifestXml: string, id: string, manifestUrl: string): LatestItem {
  let root: XmlElement;
  try {
    root = parseXml(manifestXml);
  } catch (error) {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl} is not a readable manifest: ${(error as Error).message}`,
    );
  }
  // Some copies wrap <work> in a <repository> element.
  const work = root.name === "work" ? root : child(root, "work");
  if (!work) {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl} is not a BWB manifest: its root is <${root.name}>, not <work>`,
    );
  }
  if (work.attrs.label !== undefined && work.attrs.label !== id) {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl} describes ${work.attrs.label}, not ${id}: the manifest is of another work`,
    );
  }
  const path = work.attrs._latestItem;
  if (!path || path === "0") {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl} names no current version (_latestItem): the work has no consolidated text in the repository`,
    );
  }
  const match = /^((\d{4}-\d{2}-\d{2})_(\d+))\/xml\/([A-Za-z0-9_.-]+\.xml)$/.exec(path);
  if (!match || path.includes("..") || !(match[4] as string).startsWith(`${id}_`)) {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl}: _latestItem "${path}" is not a file of ${id} in its own folder ({date}_{n}/xml/${id}_{date}_{n}.xml)`,
    );
  }
  const version = match[1] as string;
  const fileName = match[4] as string;
  const expression = childrenNamed(work, "expression").find((e) => e.attrs.label === version);
  const manifestation = expression
    ? childrenNamed(expression, "manifestation").find((m) => m.attrs.label === "xml")
    : undefined;
  const item = manifestation
    ? childrenNamed(manifestation, "item").find((i) => i.attrs.label === fileName)
    : undefined;
  if (item?.attrs._deleted === "true") {
    throw new FetchError(
      manifestUrl,
      `${manifestUrl}: the latest item ${path} is marked deleted; not fetching it`,
    );
  }
  const metadata = manifestation ? child(manifestation, "metadata") : undefined;
  const size = Number(text(metadata ? child(metadata, "size") : undefined));
  const hash = text(metadata ? child(metadata, "hashcode") : undefined)?.toLowerCase() ?? null;
  return {
    path,
    version,
    size: Number.isInteger(size) && size > 0 ? size : null,
    sha512: hash && /^[0-9a-f]{128}$/.test(hash) ? hash : null,
  };
}

/** Fetches the manifest, then the latest XML file, and checks the file against the manifest. */
export async function fetchLatestBwb(options: FetchOptions): Promise<FetchedBwb> {
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/?$/, "/");
  const workUrl = new URL(`${options.id}/`, base).href;
  const manifestUrl = new URL("manifest.xml", workUrl).href;
  options.log?.(`fetching ${manifestUrl}`);
  const manifest = await download(manifestUrl, options);
  const latest = latestItem(decodeFile(manifestUrl, manifest), options.id, manifestUrl);
  const url = new URL(latest.path, workUrl).href;
  options.log?.(`fetching ${url}`);
  const body = await download(url, options);
  if (latest.size !== null && body.byteLength !== latest.size) {
    throw new FetchError(
      url,
      `${url}: received ${body.byteLength} bytes but the manifest gives ${latest.size}; the download is truncated or altered`,
    );
  }
  if (latest.sha512 !== null) {
    const actual = createHash("sha512").update(body).digest("hex");
    if (actual !== latest.sha512) {
      throw new FetchError(
        url,
        `${url}: its SHA-512 does not match the manifest's hashcode; the download is altered`,
      );
    }
  }
  return { url, xml: decodeFile(url, body), version: latest.version, manifestUrl };
}

/** The file's text, decoded as its XML declaration says; a file that cannot be decoded is refused. */
function decodeFile(url: string, body: Buffer): string {
  try {
    return decodeXml(body);
  } catch (error) {
    if (error instanceof BwbImportError) throw new FetchError(url, `${url}: ${error.message}`);
    throw error;
  }
}
