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
