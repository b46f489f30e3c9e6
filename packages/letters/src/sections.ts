/**
 * The parts of a request letter, in the order the letter reads, and the top-level request fields each
 * holds, in order. "request" (date and States) feeds the letter's heading, "signature" its signature
 * block, and "record" (the data model's own fields) is never shown in a letter. The body follows the
 * order of practitioners' model requests: legal basis, facts, offences, assistance requested, persons,
 * conditions, urgency and confidentiality, attachments. Fields of both versions of the data model are
 * placed (version 1's `persons` before the fields that refer to them). The site's request builder
 * groups its form by the same list.
 */
export const letterSections = [
  { id: "request", fields: ["dateOfRequest", "requestingState", "requestedState"] },
  { id: "authorities", fields: ["requestingAuthority", "requestedAuthority", "validatingAuthority"] },
  {
    id: "legalBasis",
    fields: [
      "legalBasis",
      "supplementaryInformationTo",
      "relatedRequests",
      "requestingStateRole",
      "form",
      "channel",
      "language",
      "translations",
    ],
  },
  {
    id: "proceeding",
    fields: [
      "proceeding",
      "factsSummary",
      "purpose",
      "procedure",
      "basisDecision",
      "basisDecisions",
      "decision",
      "judgment",
      "sentence",
      "inAbsentia",
      "applicableLaw",
      "lapseOfTime",
      "consequences",
      "extraditionRequestWillFollow",
    ],
  },
  { id: "offences", fields: ["offences"] },
  { id: "measures", fields: ["measures"] },
  {
    id: "persons",
    fields: ["persons", "personsConcerned", "personSought", "sentencedPerson", "identificationMaterial"],
  },
  {
    id: "conditions",
    fields: [
      "requestedStateRequirements",
      "propertyToHandOver",
      "stateSpecificRequirements",
      "protectiveMeasures",
      "otherInformation",
    ],
  },
  { id: "urgency", fields: ["urgency", "confidentiality"] },
  {
    id: "attachments",
    fields: ["sentencingStateDocuments", "administeringStateDocuments", "attachments"],
  },
  { id: "signature", fields: ["signatory", "signature"] },
  { id: "record", fields: ["requestType", "schemaVersion"] },
] as const satisfies readonly { id: string; fields: readonly string[] }[];

export type LetterSectionId = (typeof letterSections)[number]["id"];

/** Where a field not placed above goes (none does today; a test checks every request field is placed). */
export const fallbackSection: LetterSectionId = "conditions";

/** The section of a top-level request field. */
export function sectionOf(field: string): LetterSectionId {
  for (const section of letterSections) {
    if ((section.fields as readonly string[]).includes(field)) return section.id;
  }
  return fallbackSection;
}
