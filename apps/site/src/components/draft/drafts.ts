/**
 * Drafts kept in this browser's localStorage: several, named, with the date each was last changed.
 * Nothing is sent anywhere.
 */
export interface Draft {
  id: string;
  name: string;
  /** ISO date-time of the last change. */
  updated: string;
  requestType: string;
  /** The request as the form holds it, valid or not; saved exactly, so that nothing is dropped. */
  data: unknown;
  /** Set while the name is the one the builder gave (its type and States): it follows them until renamed. */
  autoName?: boolean;
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  } catch {
    return null;
  }
})();

/** "Latvia" for "LV"; the code where the browser has no name for it (or it is no code). */
function stateNameOf(code: unknown): string | null {
  if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code)) return null;
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The name the builder gives a draft: its type, then its States once they are chosen, e.g.
 * "Request for mutual legal assistance, Latvia to the Netherlands".
 */
export function draftName(typeTitle: string, data: unknown): string {
  const record = (data ?? {}) as Record<string, unknown>;
  const from = stateNameOf(record.requestingState);
  const to = stateNameOf(record.requestedState);
  if (from && to) return `${typeTitle}, ${from} to ${to}`;
  if (to) return `${typeTitle} to ${to}`;
  if (from) return `${typeTitle} from ${from}`;
  return typeTitle;
}

const STORAGE_KEY = "lhc:request-drafts:v1";

function isDraft(value: unknown): value is Draft {
  const d = value as Partial<Draft> | null;
  return (
    d !== null &&
    typeof d === "object" &&
    typeof d.id === "string" &&
    typeof d.name === "string" &&
    typeof d.updated === "string" &&
    typeof d.requestType === "string"
  );
}

export function loadDrafts(): Draft[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
  } catch {
    return [];
  }
}

/** Saves every draft; returns an error message when the browser refuses (storage full or disabled). */
export function saveDrafts(drafts: readonly Draft[]): string | null {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(drafts));
    return null;
  } catch (error) {
    return `This browser did not keep the draft (${error instanceof Error ? error.message : String(error)}). Download the JSON to keep your work.`;
  }
}

export function newDraftId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
