import type * as z from "zod";

/**
 * An object schema's fields, built the first time zod reads the shape instead of when the module is
 * imported. Profiling `import("@lhc/requests")` showed most of its own cost in building the schemas of
 * every field of every request type, although a program may validate one type or none; zod reads a
 * shape on first use (parse, JSON Schema, `.shape`) and keeps a plain copy, so each field is still built
 * once. The `known` fields are built now, so that a discriminated union can find its discriminator.
 */
export function lazyShape<S extends z.ZodRawShape>(build: () => S): S;
export function lazyShape<S extends z.ZodRawShape, K extends z.ZodRawShape>(build: () => S, known: K): K & S;
export function lazyShape<S extends z.ZodRawShape, K extends z.ZodRawShape>(
  build: () => S,
  known: K = {} as K,
): K & S {
  let built: (K & S) | undefined;
  const shape = (): K & S => {
    built ??= { ...known, ...build() };
    return built;
  };
  const isKnown = (key: string | symbol) => built === undefined && Object.hasOwn(known, key);
  return new Proxy({} as K & S, {
    ownKeys: () => Reflect.ownKeys(shape()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(isKnown(key) ? known : shape(), key);
      // The proxy's target has no properties, so a property it reports must be configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    get: (_target, key) => Reflect.get(isKnown(key) ? known : shape(), key),
    has: (_target, key) => isKnown(key) || key in shape(),
  });
}

/** Builds a value the first time it is asked for, and returns the same value after that. */
export function shared<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
