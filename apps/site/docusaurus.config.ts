import type * as Preset from "@docusaurus/preset-classic";
import type { Config } from "@docusaurus/types";
import { themes as prismThemes } from "prism-react-renderer";
import lhcDataPlugin from "./plugins/lhc-data/index";
import { siteAddress } from "./site-address";

const { url, baseUrl } = siteAddress();

/** The pages that both the navbar and the footer link to, each under one label. */
const page = {
  convention: { label: "Convention", to: "/convention" },
  parties: { label: "Parties", to: "/parties" },
  between: { label: "Between two States", to: "/between" },
  requests: { label: "Request schemas", to: "/requests" },
  validator: { label: "Validator", to: "/validator" },
  draft: { label: "Draft a request", to: "/draft" },
  downloads: { label: "Downloads", to: "/docs/downloads" },
};

const config: Config = {
  title: "Ljubljana–The Hague Convention",
  tagline:
    "The Convention, its parties and the request schemas, generated from the @lhc packages, with an in-browser request validator.",
  // From configuration (SITE_URL, SITE_BASE_URL): by default the address the schemas' $id URLs use.
  url,
  baseUrl,
  favicon: "img/favicon.svg",
  trailingSlash: false,
  onBrokenLinks: "throw",
  onBrokenAnchors: "throw",
  onDuplicateRoutes: "throw",
  markdown: { hooks: { onBrokenMarkdownLinks: "throw", onBrokenMarkdownImages: "throw" } },
  // Docusaurus 3.10 renamed `experimental_faster` to `faster` (the old key is rejected): Rspack, SWC and
  // Lightning CSS keep a full build within a few minutes on two cores. Every v4 flag is on except CSS
  // cascade layers, whose build-time emulation raises the specificity of Infima's rules above the site's
  // own stylesheet, so that the accessible colours and table styles in custom.css would not apply.
  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },
  i18n: { defaultLocale: "en", locales: ["en"] },
  presets: [
    [
      "classic",
      {
        docs: {
          // Hand-written pages live at the repository root so that writers need not know the site.
          path: "../../docs",
          routeBasePath: "docs",
          sidebarPath: "./sidebars.ts",
        },
        blog: false,
        pages: false,
        theme: { customCss: "./src/css/custom.css" },
      } satisfies Preset.Options,
    ],
  ],
  themes: [
    [
      "@easyops-cn/docusaurus-search-local",
      {
        hashed: true,
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        docsRouteBasePath: "/docs",
        docsDir: "../../docs",
        language: ["en"],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],
  plugins: [lhcDataPlugin],
  // A State's page answers at /parties/lv and /parties/LV (see plugins/lhc-data). Any other mix of case
  // (/parties/Lv) is sent to the lower-case address before React starts, so that the 404 page a static
  // host serves for it is never hydrated as the State's page.
  headTags: [
    {
      tagName: "script",
      attributes: {},
      innerHTML:
        "(function(){var m=/^(.*\\/parties\\/)([A-Za-z]{2})$/.exec(location.pathname);" +
        "if(m&&m[2]!==m[2].toLowerCase()&&m[2]!==m[2].toUpperCase())" +
        "location.replace(m[1]+m[2].toLowerCase()+location.search+location.hash);})();",
    },
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: "Ljubljana–The Hague Convention",
      items: [
        { to: "/docs", label: "Docs", position: "left" },
        { ...page.convention, position: "left" },
        { ...page.parties, position: "left" },
        { ...page.between, position: "left" },
        { ...page.requests, position: "left" },
        { ...page.validator, position: "left" },
        { ...page.draft, position: "left" },
        { ...page.downloads, position: "right" },
      ],
    },
    footer: {
      style: "dark",
      links: [
        {
          title: "Data",
          items: [
            page.convention,
            page.parties,
            { label: "Timeline", to: "/parties/timeline" },
            page.downloads,
          ],
        },
        {
          title: "Requests",
          items: [
            page.requests,
            page.validator,
            page.draft,
            page.between,
            { label: "Integrating the schemas", to: "/docs/integrating-json-schema" },
          ],
        },
        {
          title: "About the data",
          items: [
            { label: "Sources and verification", to: "/docs/data-sources" },
            { label: "Known gaps", to: "/docs/known-gaps" },
            { label: "Versioning", to: "/docs/versioning" },
          ],
        },
      ],
      copyright:
        "Code under Apache-2.0. Facts come from the public sources named beside them; nothing here is the official text unless marked so.",
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ["java", "csharp"],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
