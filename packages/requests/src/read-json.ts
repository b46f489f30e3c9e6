import { readLimits } from "./limits.js";
import type { PathSegment } from "./path.js";

export type ReadProblemCode = "not_json" | "unreadable" | "cyclic" | "too_deep" | "too_large";

export interface ReadProblem {
  segments: PathSegment[];
  code: ReadProblemCode;
  detail: string;
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: ReadProblem[] };

const maxProblems = 20;

/**
 * State of one read. The walk runs on every validation, so it keeps its state in one object passed
 * down instead of closures made per call, and tracks the path and the ancestors in arrays indexed by
 * depth instead of pushing, popping and hashing at every value.
 */
interface Reader {
  problems: ReadProblem[];
  /** path[0..depth) is the path of the value being read; entries beyond it are stale. */
  path: PathSegment[];
  /** ancestors[0..depth) are the objects and arrays that contain the value being read. */
  ancestors: object[];
  nodes: number;
}

function describe(value: unknown): string {
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  return "an object that is not plain JSON";
}

function isPlainPrototype(proto: unknown): boolean {
  if (proto === null || proto === Object.prototype) return true;
  // A plain object from another realm (vm, iframe) has that realm's Object.prototype.
  return Object.getPrototypeOf(proto) === null;
}

/**
 * Copies any JavaScript value into plain JSON data — objects, arrays, strings, finite
 * numbers, booleans, null — or explains why it cannot. Every property read is guarded, because the
 * input may be a proxy or carry getters that throw; the copy is what zod validates, so a getter runs
 * at most once and cannot return different values to different checks. A "__proto__" key becomes an
 * ordinary own property of the copy and can never reach a prototype.
 */
export function readJson(input: unknown): ReadResult {
  const reader: Reader = { problems: [], path: [], ancestors: [], nodes: 0 };
  let value: unknown;
  try {
    value = visit(reader, input, 0);
  } catch (error) {
    // Only reachable through exhausted stack or memory; still never throw to the caller.
    fail(reader, 0, "unreadable", `the input could not be read: ${errorText(error)}`);
  }
  return reader.problems.length === 0 ? { ok: true, value } : { ok: false, problems: reader.problems };
}

/** Records a problem at the first `depth` segments of the current path. */
function fail(reader: Reader, depth: number, code: ReadProblemCode, detail: string): void {
  if (reader.problems.length < maxProblems) {
    reader.problems.push({ segments: reader.path.slice(0, depth), code, detail });
  }
}

function visit(reader: Reader, value: unknown, depth: number): unknown {
  if (reader.problems.length >= maxProblems) return null;
  reader.nodes += 1;
  if (reader.nodes > readLimits.maxNodes) {
    if (reader.nodes === readLimits.maxNodes + 1) {
      fail(reader, depth, "too_large", `the request has more than ${readLimits.maxNodes} values`);
    }
    return null;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    fail(reader, depth, "not_json", `${describe(value)} is not a JSON number`);
    return null;
  }
  if (typeof value !== "object") {
    fail(reader, depth, "not_json", `${describe(value)} is not a JSON value`);
    return null;
  }
  if (depth >= readLimits.maxDepth) {
    fail(reader, depth, "too_deep", `values are nested more than ${readLimits.maxDepth} levels deep`);
    return null;
  }
  const ancestors = reader.ancestors;
  for (let i = 0; i < depth; i += 1) {
    if (ancestors[i] === value) {
      fail(reader, depth, "cyclic", "the value contains itself (a cycle), which JSON cannot represent");
      return null;
    }
  }
  ancestors[depth] = value;
  try {
    return Array.isArray(value) ? visitArray(reader, value, depth) : visitObject(reader, value, depth);
  } catch (error) {
    fail(reader, depth, "unreadable", `the value could not be read: ${errorText(error)}`);
    return null;
  }
}

function visitArray(reader: Reader, array: unknown[], depth: number): unknown[] {
  const length = array.length;
  if (length > readLimits.maxArrayLength) {
    fail(
      reader,
      depth,
      "too_large",
      `the list has ${length} items; no list in a request may exceed ${readLimits.maxArrayLength}`,
    );
    return [];
  }
  const out: unknown[] = new Array(length);
  const path = reader.path;
  for (let i = 0; i < length; i += 1) {
    path[depth] = i;
    let item: unknown;
    try {
      item = array[i];
    } catch (error) {
      fail(reader, depth + 1, "unreadable", `the value could not be read: ${errorText(error)}`);
      out[i] = null;
      continue;
    }
    // visit() reports undefined itself, so a hole or undefined item gets exactly one issue.
    out[i] = visit(reader, item, depth + 1);
  }
  return out;
}

function visitObject(reader: Reader, object: object, depth: number): Record<string, unknown> {
  if (!isPlainPrototype(Object.getPrototypeOf(object))) {
    fail(
      reader,
      depth,
      "not_json",
      `${describe(object)} (such as a Date, Map or class instance) is not a JSON object`,
    );
    return {};
  }
  const keys = Object.keys(object);
  if (keys.length > readLimits.maxObjectKeys) {
    fail(
      reader,
      depth,
      "too_large",
      `the object has ${keys.length} fields; no object in a request may exceed ${readLimits.maxObjectKeys}`,
    );
    return {};
  }
  const out: Record<string, unknown> = {};
  const path = reader.path;
  for (const key of keys) {
    path[depth] = key;
    let item: unknown;
    try {
      item = (object as Record<string, unknown>)[key];
    } catch (error) {
      fail(reader, depth + 1, "unreadable", `the value could not be read: ${errorText(error)}`);
      continue;
    }
    // JSON has no undefined: a field set to undefined is a field left out, as JSON.stringify treats it.
    if (item === undefined) continue;
    const copy = visit(reader, item, depth + 1);
    if (key === "__proto__") {
      // Plain assignment would set the copy's prototype; an own data property keeps it inert.
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    } else {
      out[key] = copy;
    }
  }
  return out;
}

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message).slice(0, 200);
    return String(error).slice(0, 200);
  } catch {
    return "unknown error";
  }
}
