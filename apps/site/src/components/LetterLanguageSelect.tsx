import { labelCatalog, letterLanguages } from "@lhc/letters/labels";
import { type ReactNode, useId } from "react";

/**
 * A choice among the languages @lhc/letters has label catalogs for, each by its own name ("Français
 * (fr)"): the builder's language of the letter and the form, the validator's language of the issues.
 */
export function LetterLanguageSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (language: string) => void;
}): ReactNode {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {letterLanguages.map((code) => (
          <option key={code} value={code}>
            {labelCatalog(code)?.name ?? code} ({code})
          </option>
        ))}
      </select>
    </div>
  );
}
