/**
 * @lhc/convention/importer: reads the official BWB XML publication (wetten.overheid.nl) of a treaty
 * into the package's document model. Loads fast-xml-parser; the main entry does not.
 */

export { type DownloadOptions, download, FetchError } from "../update/fetch.js";
export { type ImportBwbOptions, importBwb } from "./bwb.js";
export { officialXmlUrl } from "./official-url.js";
export { BwbImportError, decodeXml } from "./xml.js";
