import { partiesByCode } from "./data.js";
import { PartiesInputError } from "./errors.js";
import { describeValue, toStateCode } from "./inputs.js";

/**
 * The State's name in `locale` (a BCP 47 tag, default `"en"`) from the runtime's `Intl.DisplayNames`.
 * Where the runtime has no name for the code, falls back to the name in the main source for States in
 * the data, else to the code itself. Throws `PartiesInputError` for a code that is no State or an
 * invalid locale.
 */
export function stateName(code: string, locale = "en"): string {
  const stateCode = toStateCode(code, "stateName");
  if (typeof locale !== "string") {
    throw new PartiesInputError(
      "invalid-locale",
      "locale",
      locale,
      `stateName: locale must be a BCP 47 language tag such as "fr", received ${describeValue(locale)}`,
    );
  }
  let name: string | undefined;
  // Intl knows regions by two-letter codes; a former State's ISO 3166-3 code is named as the source names it.
  if (stateCode.length === 2 && typeof Intl.DisplayNames === "function") {
    try {
      name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(stateCode);
    } catch (error) {
      throw new PartiesInputError(
        "invalid-locale",
        "locale",
        locale,
        `stateName: locale ${describeValue(locale)} is not a valid BCP 47 language tag (${(error as Error).message})`,
      );
    }
  }
  return name ?? partiesByCode.get(stateCode)?.nameInSource ?? stateCode;
}

/** "Latvia (LV)": a State's name (in `locale`) followed by its code, as answers and messages name a State. */
export function stateLabel(code: string, locale = "en"): string {
  return `${stateName(code, locale)} (${code})`;
}
