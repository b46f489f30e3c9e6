export type PartiesInputErrorCode =
  | "invalid-state-code"
  | "unknown-state-code"
  | "same-state"
  | "invalid-date"
  | "invalid-provision"
  | "invalid-locale"
  | "invalid-options";

/**
 * Thrown for bad input to a query: a code that is no State, a date that does not exist, a value of the
 * wrong type. `code` is stable for programs; `message` names the function, the argument and the rule.
 */
export class PartiesInputError extends TypeError {
  override readonly name = "PartiesInputError";
  readonly code: PartiesInputErrorCode;
  /** The argument or option at fault, e.g. `date` or `options.provision`. */
  readonly field: string;
  readonly value: unknown;

  constructor(code: PartiesInputErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.field = field;
    this.value = value;
  }
}
