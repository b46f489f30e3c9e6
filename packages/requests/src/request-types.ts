/** Zod-free, so that callers such as `lhc --help` can list the request types without loading the schemas (`@lhc/requests/request-types`). */
/** The kinds of request this package models; each is the value of the request's `requestType`. */
export const requestTypes = [
  "mla",
  "extradition",
  "provisional-arrest",
  "transfer-of-sentenced-person",
] as const;

export type RequestType = (typeof requestTypes)[number];

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === "string" && (requestTypes as readonly string[]).includes(value);
}

export const requestTypeTitles: Readonly<Record<RequestType, string>> = {
  mla: "Request for mutual legal assistance",
  extradition: "Request for extradition",
  "provisional-arrest": "Request for provisional arrest",
  "transfer-of-sentenced-person": "Request for transfer of a sentenced person",
};
