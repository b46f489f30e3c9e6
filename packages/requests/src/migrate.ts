/**
 * `@lhc/requests/migrate`: turns a version-0 request into a version-1 request without losing anything.
 * A person copied into several places becomes one entry of `persons[]` that those places refer to by
 * id; what version 1 keeps under another name is moved; what version 1 asks for and version 0 did not
 * have is reported, never invented; and nothing is dropped: a value with no place in version 1 is
 * kept in `otherInformation` and reported.
 */
import { parseRequest, type Request, type RequestIssue } from "./index.js";
import type { PathSegment } from "./path.js";
import { toJsonPath } from "./path.js";
import { schemaVersionV1 } from "./v1/blocks.js";
import { type RequestV1, validateRequest as validateRequestV1 } from "./v1/index.js";

// The error migrate() throws, from this entry point: each entry point of the package bundles its own
// copy of the class, so `instanceof` needs the one this entry throws.
export { RequestValidationError } from "./validate-core.js";

export interface MigrationNote {
  /**
   * moved: kept under another field; review: mapped with a choice a person should check;
   * missing: version 1 needs information version 0 did not have (the result is not valid until it is added).
   */
  kind: "moved" | "review" | "missing";
  /** JSONPath in the version-0 request. */
  from: string;
  /** JSONPath in the version-1 request, when there is one. */
  to: string | null;
  message: string;
}

export interface MigrationResult {
  request: RequestV1;
  notes: MigrationNote[];
  /** Whether the migrated request is a valid version-1 request (false when something is missing). */
  valid: boolean;
  /** The version-1 issues of the migrated request, when it is not valid. */
  issues: RequestIssue[];
}

type Json = Record<string, unknown>;

/** JSON with its keys sorted, so that two copies of a person compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

class Persons {
  readonly list: Json[] = [];
  private readonly byContent = new Map<string, string>();
  constructor(private readonly notes: MigrationNote[]) {}

  /** The id of the person, adding it to persons[] the first time it is seen. */
  add(person: Json, from: PathSegment[], to: PathSegment[]): string {
    const key = canonical(person);
    let id = this.byContent.get(key);
    if (id === undefined) {
      id = `p${this.list.length + 1}`;
      this.byContent.set(key, id);
      this.list.push({ kind: "natural-person", id, ...person });
      this.notes.push({
        kind: "moved",
        from: toJsonPath(from),
        to: toJsonPath(["persons", this.list.length - 1]),
        message: `the person at ${toJsonPath(from)} is now persons[${this.list.length - 1}] (id "${id}"), referred to from ${toJsonPath(to)}`,
      });
    } else {
      this.notes.push({
        kind: "moved",
        from: toJsonPath(from),
        to: toJsonPath(to),
        message: `the person at ${toJsonPath(from)} is the same as person "${id}" already in persons[]; ${toJsonPath(to)} refers to it`,
      });
    }
    return id;
  }
}

function migrateUrgency(urgency: Json, notes: MigrationNote[]): Json {
  notes.push({
    kind: "review",
    from: "$.urgency.reasons",
    to: "$.urgency.reasons[0]",
    message:
      'the reasons for urgency are kept as reason code "other" with the text as its explanation; choose a specific code (person-in-custody, evidence-at-risk, trial-date, limitation-period) if one applies',
  });
  return {
    reasons: [{ code: "other", explanation: urgency.reasons }],
    ...(urgency.deadline === undefined ? {} : { deadline: urgency.deadline }),
  };
}

function migrateInAbsentia(value: boolean, from: PathSegment[], notes: MigrationNote[]): Json {
  if (!value) return { rendered: false };
  notes.push({
    kind: "review",
    from: toJsonPath(from),
    to: toJsonPath([...from, "guarantees"]),
    message:
      "the judgment was rendered in absentia; version 0 did not say which guarantee applies (summoned in person, informed by other means, represented by counsel, right to a retrial): add it to guarantees",
  });
  return { rendered: true, guarantees: [] };
}

/** A person sought as version 0 had it (a person with a probable location) split into persons[] and a reference. */
function migratePersonSought(request: Json, persons: Persons): Json {
  const { knownLocation, ...person } = request.personSought as Json;
  const personId = persons.add(person, ["personSought"], ["personSought", "personId"]);
  return { personId, knownLocation };
}

function withOffenceIds(request: Json, notes: MigrationNote[]): { offences?: Json[]; ids: string[] } {
  if (!Array.isArray(request.offences)) return { ids: [] };
  const offences = (request.offences as Json[]).map((offence, i) => ({ id: `o${i + 1}`, ...offence }));
  if (offences.length > 0) {
    notes.push({
      kind: "moved",
      from: "$.offences",
      to: "$.offences[].id",
      message: `the offences got the ids ${offences.map((o) => `"${o.id}"`).join(", ")}, in order`,
    });
  }
  return { offences, ids: offences.map((o) => o.id) };
}

function migrateMeasure(measure: Json, index: number, persons: Persons): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(measure)) {
    if (key === "person") {
      out.personId = persons.add(
        value as Json,
        ["measures", index, "person"],
        ["measures", index, "personId"],
      );
    } else if (key === "persons" && measure.type === "taking-evidence") {
      out.persons = (value as Json[]).map((heard, j) => ({
        personId: persons.add(
          heard.person as Json,
          ["measures", index, "persons", j, "person"],
          ["measures", index, "persons", j, "personId"],
        ),
        capacity: heard.capacity,
      }));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Migrates a version-0 request to version 1. Throws RequestValidationError if the input is not a
 * valid version-0 request; otherwise returns the version-1 request, notes on what moved, what needs a
 * person's review and what is missing, and whether the result is valid.
 */
export function migrate(input: unknown): MigrationResult {
  const v0 = parseRequest(input) as Request & Json;
  const notes: MigrationNote[] = [];
  const persons = new Persons(notes);
  const out: Json = {};
  const extraInformation: string[] = [];
  const { offences, ids: offenceIds } = withOffenceIds(v0, notes);

  for (const [key, value] of Object.entries(v0)) {
    switch (key) {
      case "schemaVersion":
        out.schemaVersion = schemaVersionV1;
        break;
      case "requestingAuthority": {
        out.requestingAuthority = value;
        const contact = (value as Json).contact as Json | undefined;
        if (contact?.phone === undefined && contact?.email === undefined) {
          notes.push({
            kind: "missing",
            from: "$.requestingAuthority.contact",
            to: "$.requestingAuthority.contact",
            message:
              "version 1 requires a telephone number or an e-mail address for the requesting authority; version 0 had none: add requestingAuthority.contact.phone or .email",
          });
        }
        break;
      }
      case "personsConcerned":
        out.personsConcerned = (value as Json[]).map((concerned, i) => ({
          personId: persons.add(
            concerned.person as Json,
            ["personsConcerned", i, "person"],
            ["personsConcerned", i, "personId"],
          ),
          role: concerned.role,
        }));
        break;
      case "measures":
        out.measures = (value as Json[]).map((measure, i) => migrateMeasure(measure, i, persons));
        break;
      case "offences":
        out.offences = offences;
        break;
      case "personSought":
        out.personSought = migratePersonSought(v0, persons);
        break;
      case "basisDecision": {
        const decision = { ...(value as Json) };
        if (typeof decision.inAbsentia === "boolean") {
          decision.inAbsentia = migrateInAbsentia(
            decision.inAbsentia,
            ["basisDecision", "inAbsentia"],
            notes,
          );
        }
        decision.offenceIds = offenceIds;
        notes.push({
          kind: "review",
          from: "$.basisDecision",
          to: "$.basisDecisions[0]",
          message:
            "the decision is now basisDecisions[0] and is taken to cover every offence of the request (offenceIds); correct offenceIds, or add the other decisions, if that is not so",
        });
        out.basisDecisions = [decision];
        break;
      }
      case "inAbsentia":
        out.inAbsentia = migrateInAbsentia(value as boolean, ["inAbsentia"], notes);
        break;
      case "supplementaryInformationTo":
        out.relatedRequests = [{ relation: "supplements", reference: value }];
        notes.push({
          kind: "moved",
          from: "$.supplementaryInformationTo",
          to: "$.relatedRequests[0]",
          message: 'the request supplemented is now relatedRequests[0] with relation "supplements"',
        });
        break;
      case "urgency":
        out.urgency = migrateUrgency(value as Json, notes);
        break;
      case "signatory":
        extraInformation.push(`Signatory: ${value as string}`);
        notes.push({
          kind: "moved",
          from: "$.signatory",
          to: "$.otherInformation",
          message:
            "version 0's signatory (one line of text) is kept in otherInformation; version 1's signature block needs the official's name and function, the date and place of signature as separate fields: fill in signature",
        });
        break;
      case "otherInformation":
        break;
      default:
        out[key] = value;
    }
  }
  if (persons.list.length > 0) out.persons = persons.list;
  const otherInformation = [v0.otherInformation as string | undefined, ...extraInformation]
    .filter((text): text is string => text !== undefined)
    .join("\n\n");
  if (otherInformation !== "") out.otherInformation = otherInformation;

  const request = reorder(out) as RequestV1;
  const checked = validateRequestV1(request);
  return {
    request,
    notes,
    valid: checked.success,
    issues: checked.success ? [] : checked.issues,
  };
}

/** Puts persons[] after the requesting authority, as version 1's schemas list it. */
function reorder(request: Json): Json {
  const { persons, ...rest } = request;
  if (persons === undefined) return request;
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = value;
    if (key === "requestingAuthority") out.persons = persons;
  }
  return out;
}
