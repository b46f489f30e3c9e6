/**
 * Merges the official text into the data: the official tree gives the structure, text and headings;
 * what the data holds and the official file does not carry (subjects, other sources, notes, headings
 * the file lacks) is kept. Text the data holds that differs from the official text is a conflict; text
 * the data marks incomplete is completed when the official text continues it.
 */
import { walk } from "../query.js";
import type {
  ConventionDocument,
  ConventionMeta,
  Fact,
  Lang,
  LocalizedText,
  ProvisionNode,
} from "../types.js";
import { type OfficialText, uniqueRefs } from "./official.js";

export interface Conflict {
  eId: string;
  /** `text.en`, `heading.nl`, or `node` for a provision the official file does not have. */
  field: string;
  data: string;
  official: string;
}

export type ChangeKind = "added" | "changed";

export interface MergeResult {
  document: ConventionDocument;
  conflicts: Conflict[];
  /** Per node type, the eIds added and changed. */
  changes: Map<string, Record<ChangeKind, string[]>>;
  /** Nodes whose text was filled in while their provenance note may say it is not yet verified. */
  staleNotes: string[];
}

const LANGS: Lang[] = ["en", "nl"];

function mergeText(
  eId: string,
  field: "text" | "heading",
  data: LocalizedText | null,
  official: LocalizedText | null,
  conflicts: Conflict[],
): { value: LocalizedText | null; changed: boolean } {
  let changed = false;
  const result: LocalizedText = { ...(data ?? {}) };
  for (const lang of LANGS) {
    const theirs = official?.[lang];
    const ours = data?.[lang];
    if (!theirs) continue;
    if (!ours) {
      result[lang] = theirs;
      changed = true;
    } else if (ours.value === theirs.value && ours.complete === theirs.complete) {
      // already the official text
    } else if (!ours.complete && theirs.value.startsWith(ours.value)) {
      result[lang] = theirs;
      changed = true;
    } else {
      conflicts.push({ eId, field: `${field}.${lang}`, data: ours.value, official: theirs.value });
    }
  }
  return { value: Object.keys(result).length > 0 ? result : null, changed };
}

const unknown = <T>(): Fact<T> => ({ value: null, status: "unknown", sources: [] });

/** The metadata of an empty data directory, from the official file alone; the rest stays unknown. */
function freshMeta(official: OfficialText): ConventionMeta {
  const cite = [{ id: official.source.id }];
  const known = <T>(value: T | null, note?: string): Fact<T> =>
    value === null ? unknown<T>() : { value, status: "official", sources: cite, ...(note ? { note } : {}) };
  return {
    titles: { en: known(official.title.en), nl: known(official.title.nl ?? official.officialTitle) },
    adopted: { date: unknown(), place: unknown() },
    openedForSignature: { date: unknown(), place: unknown(), lastDay: unknown() },
    identifiers: {
      bwbId: known(official.bwbId),
      verdragenbank: known(
        official.treatyNumber && /^\d{6}$/.test(official.treatyNumber) ? official.treatyNumber : null,
        "The treaty number (verdragnummer) the BWB file gives.",
      ),
      tractatenblad: [],
      parliamentaryPapers: [],
    },
    textsHeld: known(
      official.languages,
      "The language versions the BWB file holds, and which it marks authentic.",
    ),
    authenticLanguages: unknown(),
    depositary: unknown(),
    entryIntoForce: { article: unknown(), rule: unknown(), general: unknown() },
    counts: { articles: unknown(), parts: unknown(), annexes: unknown() },
    ...annexLettersOf(official, cite),
  };
}

/** The letters of the annexes the official file holds, where it holds any. */
function annexLettersOf(
  official: OfficialText,
  cite: { id: string }[],
): Pick<ConventionMeta, "annexLetters"> {
  const letters = official.annexes
    .map((annex) => annex.num)
    .filter((num): num is string => /^[A-Z]$/.test(num ?? ""));
  return letters.length > 0
    ? {
        annexLetters: {
          value: letters,
          status: "official",
          sources: cite,
          note: "The annexes the official file holds.",
        },
      }
    : {};
}

/** Merges the official text into `data` (or builds a complete data set when `data` is `null`). */
export function mergeOfficial(data: ConventionDocument | null, official: OfficialText): MergeResult {
  const conflicts: Conflict[] = [];
  const changes = new Map<string, Record<ChangeKind, string[]>>();
  const staleNotes: string[] = [];
  const record = (type: string, kind: ChangeKind, eId: string) => {
    const entry = changes.get(type) ?? { added: [], changed: [] };
    entry[kind].push(eId);
    changes.set(type, entry);
  };
  const existing = new Map<string, ProvisionNode>();
  if (data) for (const node of walk(data)) existing.set(node.eId, node);
  const used = new Set<string>();

  const merge = (node: ProvisionNode): ProvisionNode => {
    const ours = existing.get(node.eId);
    const children = node.children.map(merge);
    if (!ours) {
      record(node.type, "added", node.eId);
      return { ...node, children };
    }
    used.add(node.eId);
    const heading = mergeText(node.eId, "heading", ours.heading, node.heading, conflicts);
    const text = mergeText(node.eId, "text", ours.text, node.text, conflicts);
    const merged: ProvisionNode = {
      type: node.type,
      eId: node.eId,
      num: node.num ?? ours.num,
      heading: heading.value,
      text: text.value,
    } as ProvisionNode;
    const table = node.table ?? ours.table;
    if (table) merged.table = table;
    const notes = node.notes ?? ours.notes;
    if (notes) merged.notes = notes;
    if (ours.subject) merged.subject = ours.subject;
    merged.children = children;
    merged.provenance = {
      status: "official",
      sources: uniqueRefs([...ours.provenance.sources, ...node.provenance.sources]),
      ...(ours.provenance.note ? { note: ours.provenance.note } : {}),
    };
    const changed =
      heading.changed ||
      text.changed ||
      ours.provenance.status !== "official" ||
      merged.provenance.sources.length !== ours.provenance.sources.length ||
      JSON.stringify(ours.table) !== JSON.stringify(merged.table) ||
      JSON.stringify(ours.notes) !== JSON.stringify(merged.notes);
    if (changed) record(node.type, "changed", node.eId);
    if ((heading.changed || text.changed) && /not yet verified/i.test(ours.provenance.note ?? "")) {
      staleNotes.push(node.eId);
    }
    return merged;
  };

  const preamble = official.preamble ? merge(official.preamble) : (data?.preamble ?? null);
  if (!official.preamble && data?.preamble)
    for (const n of walk({ ...empty, preamble: data.preamble })) used.add(n.eId);
  const body = official.body.map(merge);
  const conclusions = official.conclusions ? merge(official.conclusions) : null;
  const annexes = official.annexes.map(merge);
  const attachments = official.attachments.map(merge);

  for (const [eId, node] of existing) {
    if (used.has(eId)) continue;
    conflicts.push({
      eId,
      field: "node",
      data:
        node.text?.en?.value ??
        node.text?.nl?.value ??
        `(${node.type} ${node.num ?? ""}, no text)`.replace(" )", ")"),
      official: "(not in the official file)",
    });
  }

  const sources = [...(data?.sources ?? [])];
  if (!sources.some((s) => s.id === official.source.id)) sources.push(official.source);
  const document: ConventionDocument = {
    schemaVersion: 1,
    kind: "curated",
    meta: data?.meta ?? freshMeta(official),
    sources,
    preamble,
    body,
    conclusions,
    annexes,
    attachments,
  };
  return { document, conflicts, changes, staleNotes };
}

const empty = { preamble: null, body: [], conclusions: null, annexes: [], attachments: [] };
