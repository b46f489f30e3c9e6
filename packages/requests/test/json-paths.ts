/** A path into a JSON document: object keys and list indices from the root. */
export type Path = (string | number)[];

/** Every path in a document, objects and lists included, parents before their children; not the root. */
export function paths(node: unknown, prefix: Path = []): Path[] {
  const own = prefix.length === 0 ? [] : [prefix];
  if (Array.isArray(node)) return [...own, ...node.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (node !== null && typeof node === "object") {
    return [...own, ...Object.entries(node).flatMap(([key, value]) => paths(value, [...prefix, key]))];
  }
  return own;
}

/** A copy of the document with the value at `path` replaced. */
export function replaced(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}
