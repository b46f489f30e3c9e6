/**
 * Where the site is served. The request schemas' `$id` URLs point into the site (it serves each schema
 * at the path of its `$id`), so the default is the address they use: GitHub Pages at the root of
 * https://lhc-project.github.io/. SITE_URL and SITE_BASE_URL override it for a deployment elsewhere;
 * the build then fails unless every `$id` still lies under the new address.
 */
export const defaultSiteUrl = "https://lhc-project.github.io";

export interface SiteAddress {
  /** Scheme and host, without a trailing slash, e.g. `https://lhc-project.github.io`. */
  url: string;
  /** Path the site lives under, with leading and trailing slashes, e.g. `/`. */
  baseUrl: string;
}

export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const url = (env.SITE_URL || defaultSiteUrl).replace(/\/+$/u, "");
  const base = env.SITE_BASE_URL || "/";
  const baseUrl = `/${base.replace(/^\/+|\/+$/gu, "")}/`.replace(/^\/\/$/u, "/");
  return { url, baseUrl };
}
