import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { SiteContent } from "./load";
import { schemasAtTheirIds } from "./schema-ids";

const component = (name: string): string => `@site/src/components/pages/${name}`;

/**
 * Builds every data page of the site from the @lhc packages: the packages are read in `loadContent`,
 * each page gets its own JSON module (so a page only downloads its own data) and the downloads under
 * /data are written into the build output after the site is rendered.
 */
// Typed `Plugin<unknown>` because a site config accepts only plugins of unknown content; the content is
// always what loadContent returned, hence the casts below.
export default function lhcDataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: "lhc-data",

    async loadContent() {
      // Imported here, not at the top, so that loading the config (e.g. for `docusaurus serve` or
      // `docusaurus clear`) never needs the packages to be built.
      const { loadSiteContent } = await import("./load");
      return loadSiteContent();
    },

    async contentLoaded({ content: loaded, actions }) {
      const content = loaded as SiteContent;
      const { createData, addRoute } = actions;
      const json = (name: string, value: unknown) => createData(name, JSON.stringify(value));
      const route = async (path: string, page: string, name: string, data: unknown) =>
        addRoute({
          path,
          exact: true,
          component: component(page),
          modules: { data: await json(name, data) },
        });

      await route("/", "HomePage", "home.json", content.home);
      await route("/convention", "ConventionOutlinePage", "convention-outline.json", content.outline);
      for (const provision of content.provisions) {
        await route(
          `/convention/${provision.eId}`,
          "ProvisionPage",
          `provision-${provision.eId}.json`,
          provision,
        );
      }
      await route("/parties", "PartiesPage", "parties.json", content.parties);
      await route("/parties/timeline", "TimelinePage", "timeline.json", content.timeline);
      for (const state of content.states) {
        const data = await json(`state-${state.code}.json`, state);
        const page = { exact: true, component: component("StatePage"), modules: { data } };
        addRoute({ path: `/parties/${state.code.toLowerCase()}`, ...page });
        // The code as ISO writes it (/parties/LV) is a page too, so that a typed or pasted address is
        // answered with 200 rather than the 404 page, which the client would then hydrate as the State's
        // page. Other mixes of case are sent to the lower-case address by the script in the <head>.
        addRoute({ path: `/parties/${state.code}`, ...page });
      }
      await route("/requests", "RequestsIndexPage", "requests-index.json", content.requestsIndex);
      // The current version's page of each type at /requests/<type>, the previous version's at
      // /requests/<schemaVersion>/<type> (see schemaPagePath).
      for (const schema of content.schemas) {
        await route(
          schema.path,
          "RequestSchemaPage",
          `schema-${schema.schemaVersion}-${schema.requestType}.json`,
          schema,
        );
      }
      await route("/validator", "ValidatorPage", "validator.json", content.validator);
      // The request builder lists the same types as the validator, and the examples of the version it builds.
      await route("/draft", "DraftPage", "draft.json", content.draft);
      // Computed in the browser from @lhc/parties: the question is in the page's URL.
      addRoute({ path: "/between", exact: true, component: component("BetweenPage") });
    },

    async postBuild({ outDir, content: loaded }) {
      const content = loaded as SiteContent;
      // Each request schema of each version the packages ship is also served at the path of its $id, with
      // the versions earlier releases published (apps/site/published-schemas), so that a validator that
      // resolves an $id finds it.
      const schemaFiles = schemasAtTheirIds({
        current: content.schemaTexts,
        archiveDir: join(context.siteDir, "published-schemas"),
        siteUrl: context.siteConfig.url,
        baseUrl: context.siteConfig.baseUrl,
      });
      for (const file of schemaFiles) {
        const target = join(outDir, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents);
      }
      // Downloads are files, not routes: they are written beside the rendered pages so that the
      // stable URLs under /data/ serve exactly what the packages built.
      for (const file of content.downloads) {
        const target = join(outDir, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents);
      }
    },
  };
}
