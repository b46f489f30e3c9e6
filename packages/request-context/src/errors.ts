/** Thrown for a bad argument to `checkRequestContext` (not for a request that fails a check). */
export class RequestContextInputError extends TypeError {
  override readonly name = "RequestContextInputError";
  /** The argument at fault, e.g. `options.on`. */
  readonly field: string;
  readonly value: unknown;

  constructor(field: string, value: unknown, message: string) {
    super(message);
    this.field = field;
    this.value = value;
  }
}
