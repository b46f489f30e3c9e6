import type {
  Declaration,
  DeclarationEffect,
  PartiesDataset,
  Party,
  Source,
  TimelineEvent,
} from "@lhc/parties";
import { citeProvision, languageLabel } from "@lhc/request-context";
import type {
  DeclarationView,
  PartiesPageData,
  PartyRow,
  SourceView,
  StatePageData,
  TimelineData,
  TimelineEventView,
} from "./types";

/** What the party pages need from @lhc/parties; passed in so the page builders stay pure. */
export interface PartiesApi {
  dataset: PartiesDataset;
  timeline(): TimelineEvent[];
  statusOn(code: string, date: string): { status: string; label: string; since: string | null };
  declarationsOf(code: string, options?: { provision?: string }): readonly Declaration[];
  stateName(code: string): string;
  sourcesOf(party: Party): Source[];
  /** Each URL once, in first-seen order. */
  uniqueSources(sources: readonly Source[]): Source[];
  /** How the source of a declaration record reads to a person. */
  basisLabel(basis: Declaration["basis"]): string;
  /** Whether the entry-into-force rule is verified, naming its article (`entryIntoForceRuleSentence`). */
  entryIntoForceRuleSentence(rule: PartiesDataset["convention"]["entryIntoForce"]): string;
}

/** Turns a provision ID into a citation and, when the site has a page for it, that page's path. */
export type ProvisionLinker = (eId: string) => { label: string; path: string | null };

export function sourceView(source: Source): SourceView {
  return {
    url: source.url,
    title: source.title,
    publisher: source.publisher ?? null,
    kind: source.kind,
    accessed: source.accessed ?? null,
  };
}

const sourceViews = (api: PartiesApi, sources: readonly Source[]): SourceView[] =>
  api.uniqueSources(sources).map(sourceView);

const EFFECT_STATUS_LABEL: Record<string, string> = {
  "deposited-text": "read from the recorded text",
  "approving-law":
    "what the approving law directs; whether the deposited declaration says the same is not yet verified",
};

/** An effect in words, as the request check (`@lhc/request-context`) applies it. */
export function effectText(effect: DeclarationEffect): string {
  const how = EFFECT_STATUS_LABEL[effect.status] ?? effect.status;
  const where = citeProvision(effect.provision);
  switch (effect.type) {
    case "request-language":
      return `Requests under ${where} are to be in ${effect.languages.map(languageLabel).join(" or ")} (${how}).`;
    case "central-authorities":
      return `Central authorities under ${where}: ${effect.authorities.join("; ")} (${how}).`;
  }
}

export function declarationView(
  api: PartiesApi,
  code: string,
  declaration: Declaration,
  link: ProvisionLinker,
): DeclarationView {
  const provisions = [...(declaration.provisions ?? [])];
  if (declaration.madeUnder && !provisions.includes(declaration.madeUnder))
    provisions.push(declaration.madeUnder);
  return {
    id: declaration.id,
    state: code,
    stateName: api.stateName(code),
    kind: declaration.kind,
    basis: api.basisLabel(declaration.basis),
    provisions,
    provisionLinks: provisions.map(link),
    annexes: [...(declaration.annexes ?? [])],
    text: declaration.text,
    textIncomplete: declaration.textStatus === "partial",
    summary: declaration.summary,
    effects: (declaration.effects ?? []).map(effectText),
    date: declaration.date,
    dateStatus: declaration.dateStatus,
    note: declaration.note,
    sources: sourceViews(api, declaration.sources),
  };
}

const statusView = (status: { status: string; label: string }) => ({
  status: status.status,
  statusLabel: status.label,
});

function eventView(api: PartiesApi, event: TimelineEvent): TimelineEventView {
  return {
    date: event.date,
    code: event.code,
    name: event.code === null ? "The Convention" : api.stateName(event.code),
    kind: event.type,
    label: event.summary,
    sources: sourceViews(api, event.sources),
  };
}

function counts(dataset: PartiesDataset) {
  return {
    signatories: dataset.parties.filter((party) => party.signature !== null).length,
    consents: dataset.parties.filter((party) => party.consent !== null).length,
    inForceForState: dataset.parties.filter((party) => party.entryIntoForce !== null).length,
    declarants: dataset.parties.filter(
      (party) => party.declarationsListed.value || party.declarations.length > 0,
    ).length,
  };
}

export function partiesPage(api: PartiesApi): PartiesPageData {
  const { dataset } = api;
  const rows: PartyRow[] = dataset.parties.map((party) => ({
    code: party.code,
    name: api.stateName(party.code),
    codeNote: party.codeNote,
    signature: party.signature?.date ?? null,
    consentType: party.consent ? (party.consent.type ?? party.consent.typeInSource?.meaning ?? null) : null,
    consent: party.consent?.depositDate ?? null,
    entryIntoForce: party.entryIntoForce?.date ?? null,
    declarations: party.declarations.length,
    ...statusView(api.statusOn(party.code, dataset.asOf)),
    path: `/parties/${party.code.toLowerCase()}`,
  }));
  const facts = dataset.convention;
  const conventionFacts = [
    {
      label: "Depositary",
      value:
        facts.depositary.value ??
        `${facts.depositary.status === "disputed" ? "disputed" : "not yet verified"}: ${facts.depositary.candidates
          .map((candidate) => candidate.name)
          .join(" or ")}`,
      sources: sourceViews(
        api,
        facts.depositary.candidates.flatMap((c) => c.claims.flatMap((claim) => claim.sources)),
      ),
    },
    {
      label: "Entry-into-force rule",
      value:
        facts.entryIntoForce.rule ??
        `not yet verified (${facts.entryIntoForce.claims.map((c) => c.claim).join("; ")})`,
      sources: sourceViews(api, [
        ...facts.entryIntoForce.article.sources,
        ...facts.entryIntoForce.claims.flatMap((claim) => claim.sources),
      ]),
    },
    {
      label: "Entry into force of the Convention",
      value:
        facts.entryIntoForce.generalDate ??
        `not yet verified (${facts.entryIntoForce.generalDateClaims.map((c) => c.claim).join("; ")})`,
      sources: sourceViews(
        api,
        facts.entryIntoForce.generalDateClaims.flatMap((claim) => claim.sources),
      ),
    },
    ...facts.provisionalApplication.map((entry) => ({
      label: `Provisional application (${api.stateName(entry.code)})`,
      value: `${entry.scope}, ${entry.territory}, from ${entry.from}`,
      sources: sourceViews(api, entry.sources),
    })),
  ];
  return {
    asOf: dataset.asOf,
    dataVersion: dataset.dataVersion,
    counts: counts(dataset),
    rows,
    conventionFacts,
  };
}

export function statePages(api: PartiesApi, link: ProvisionLinker): StatePageData[] {
  const { dataset } = api;
  const events = api.timeline();
  return dataset.parties.map((party) => {
    const status = api.statusOn(party.code, dataset.asOf);
    return {
      code: party.code,
      name: api.stateName(party.code),
      codeNote: party.codeNote,
      ...statusView(status),
      statusSince: status.since,
      asOf: dataset.asOf,
      entryIntoForceRule: api.entryIntoForceRuleSentence(dataset.convention.entryIntoForce),
      events: events.filter((event) => event.code === party.code).map((event) => eventView(api, event)),
      declarations: api.declarationsOf(party.code).map((d) => declarationView(api, party.code, d, link)),
      sources: sourceViews(api, api.sourcesOf(party)),
      notes: [...party.notes],
    };
  });
}

export function timelinePage(api: PartiesApi): TimelineData {
  return { asOf: api.dataset.asOf, events: api.timeline().map((event) => eventView(api, event)) };
}

export function partiesCounts(api: PartiesApi) {
  return counts(api.dataset);
}
