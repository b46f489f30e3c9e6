import type { ReactNode } from "react";
import type { ValidatorExample } from "../../plugins/lhc-data/types";

/**
 * The options of an example picker, one per example @lhc/requests ships, valid and invalid, in the order
 * the page data lists them (the current version's first); each says the version it is written in.
 */
export function ExampleOptions({ examples }: { examples: readonly ValidatorExample[] }): ReactNode {
  return (
    <>
      <option value="" disabled>
        Choose an example…
      </option>
      {examples.map((example) => (
        <option key={example.name} value={example.name} data-schema-version={example.schemaVersion}>
          {`${example.valid ? "Valid" : "Invalid"} (${example.requestType}, version ${example.schemaVersion}): ${example.title}`}
        </option>
      ))}
    </>
  );
}

/**
 * The text of an example, fetched from where the site serves it (/data/examples/…): the page data does
 * not carry the examples' text. `siteRoot` is the site's base URL (useBaseUrl("/")).
 */
export async function fetchExampleText(siteRoot: string, example: ValidatorExample): Promise<string> {
  const response = await fetch(`${siteRoot}${example.downloadPath.slice(1)}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
