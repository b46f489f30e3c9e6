import type { SidebarsConfig } from "@docusaurus/plugin-content-docs";

const sidebars: SidebarsConfig = {
  docs: [
    "index",
    "convention",
    {
      type: "category",
      label: "Getting started",
      items: [
        "getting-started/convention",
        "getting-started/parties",
        "getting-started/requests",
        "getting-started/letters",
        "getting-started/cli",
      ],
    },
    "integrating-json-schema",
    "downloads",
    "data-sources",
    "known-gaps",
    "versioning",
    "updating-the-convention-text",
    "maintaining-the-data",
  ],
};

export default sidebars;
