import { isIsoDate } from "../iso-date.js";

/**
 * The URL of a BWB XML file in the official repository (KOOP), following the pattern
 * `https://repository.officiele-overheidspublicaties.nl/bwb/{id}/{date}/xml/{id}_{date}.xml`.
 * Not yet verified against the live repository: a 2015 mirror laid versions out as
 * `{id}/{date}_{n}/xml/{id}_{date}_{n}.xml`; pass `version` to get that form.
 */
export function officialXmlUrl(bwbId = "BWBV0007040", date = "2024-02-15", version?: number): string {
  if (!/^BWB[RV]\d{7}$/.test(bwbId)) {
    throw new Error(`bwbId must be BWBR or BWBV followed by seven digits (got ${JSON.stringify(bwbId)})`);
  }
  if (!isIsoDate(date))
    throw new Error(`date must be a real calendar date YYYY-MM-DD (got ${JSON.stringify(date)})`);
  if (version !== undefined && !(Number.isInteger(version) && version >= 0)) {
    throw new Error(`version must be a non-negative integer (got ${JSON.stringify(version)})`);
  }
  const stem = version === undefined ? `${bwbId}_${date}` : `${bwbId}_${date}_${version}`;
  const folder = version === undefined ? date : `${date}_${version}`;
  return `https://repository.officiele-overheidspublicaties.nl/bwb/${bwbId}/${folder}/xml/${stem}.xml`;
}
