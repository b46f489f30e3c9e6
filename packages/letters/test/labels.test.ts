import { readdirSync } from "node:fs";
import { requestTypes } from "@lhc/requests";
import { describe, expect, it } from "vitest";
import { labelCatalog, labelsFor, labelsFrom, letterLanguages, missingLabels } from "../src/index.js";
import { isLetterLanguage, letterLanguages as languagesAlone } from "../src/languages.js";
import { letterSections } from "../src/sections.js";
import { schemaVocabulary } from "./helpers.js";

describe("label catalogs", () => {
  it("@lhc/letters/languages lists the languages of labels/*.json, English first, without loading them", () => {
    const files = readdirSync(new URL("../labels/", import.meta.url))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length));
    expect(languagesAlone).toEqual(["en", ...files.filter((l) => l !== "en").sort()]);
    expect(letterLanguages).toBe(languagesAlone);
    for (const language of files) expect(isLetterLanguage(language)).toBe(true);
    expect(isLetterLanguage("xx")).toBe(false);
  });

  const english = labelCatalog("en");
  const { fields, codes } = schemaVocabulary();
  const vocabulary = { fields, values: codes };

  it("English labels every field and every coded value of the request schemas", () => {
    expect(english).toBeDefined();
    expect([...vocabulary.fields].filter((key) => !Object.hasOwn(english?.fields ?? {}, key)).sort()).toEqual(
      [],
    );
    expect([...vocabulary.values].filter((key) => !Object.hasOwn(english?.values ?? {}, key)).sort()).toEqual(
      [],
    );
  });

  it("English has every heading the letters use", () => {
    const needed = [
      ...requestTypes.map((type) => `requestType.${type}`),
      ...requestTypes.map((type) => `opening.${type}`),
      ...letterSections.map((section) => `section.${section.id}`),
      "addressee",
      "subject",
      "ourReference",
      "proceedingReference",
      "salutation",
      "theRequestingAuthority",
      "closing",
      "complimentaryClose",
      "signatureLine",
      "annex.basis",
      "basisNote",
      "stateNameInEnglish",
      "stateNameUnknown",
      "yes",
      "no",
      "colon",
    ];
    expect(needed.filter((key) => !Object.hasOwn(english?.text ?? {}, key))).toEqual([]);
  });

  // The list a translator works from: each language's labels that fall back to English.
  it.each(letterLanguages.filter((language) => language !== "en"))(
    "%s: lists the labels missing from its catalog (shown in English until added)",
    (language) => {
      const missing = missingLabels(language);
      const listed = [
        ...missing.text.map((k) => `text.${k}`),
        ...missing.fields.map((k) => `fields.${k}`),
        ...missing.values.map((k) => `values.${k}`),
      ];
      expect(listed, `labels/${language}.json lacks these labels`).toEqual([]);
      expect(labelCatalog(language)?.language).toBe(language);
    },
  );

  it("a label missing from a catalog falls back to English, and an unknown field to its name", () => {
    const partial = {
      language: "xx",
      name: "Test",
      text: { yes: "ja" },
      fields: { name: "Naam" },
      values: {},
    };
    const labels = labelsFrom(partial);
    expect(labels.text("yes")).toBe("ja");
    expect(labels.text("no")).toBe(labelsFor("en").text("no"));
    expect(labels.field("name")).toBe("Naam");
    expect(labels.field("dateOfRequest")).toBe(labelsFor("en").field("dateOfRequest"));
    expect(labels.field("notAField")).toBe("notAField");
    expect(labels.value("genocide")).toBe(labelsFor("en").value("genocide"));
    expect(labelsFor("de").language).toBe("en");
  });
});

describe("the French letter's words", () => {
  const fr = labelsFor("fr");

  it("keeps the purpose of a request apart from the subject matter of a proceeding", () => {
    expect(fr.field("purpose")).toBe("But de la demande");
    expect(fr.field("purpose")).not.toBe(fr.field("subjectMatter"));
  });

  it("labels the Slavic patronymic so that it cannot be read as the family name", () => {
    expect(fr.field("patronymic")).toBe("Patronyme (nom formé sur le prénom du père)");
    expect(fr.field("patronymic")).not.toBe(fr.field("familyName"));
  });

  it("uses one French term for each concept", () => {
    expect(fr.value("service-of-documents")).toMatch(/^signification/);
    expect(fr.field("proofOfServiceRequested")).toMatch(/preuve de la signification/i);
    expect(fr.value("examination-of-objects-and-sites")).toBe("examen d'objets et de lieux");
    expect(fr.field("objectsOrSites")).toBe("Objets et lieux");
    expect(fr.value("questioning-of-suspect")).toBe(
      "interrogatoire d'une personne poursuivie ou visée par l'enquête",
    );
    expect(fr.value("voluntary-appearance")).toBe("faciliter la comparution volontaire");
    // No label says "remise" for service: "remise de peine" (remission of a sentence) is another concept.
    const catalog = labelCatalog("fr");
    const all = { ...catalog?.text, ...catalog?.fields, ...catalog?.values };
    expect(
      Object.entries(all).filter(([key, label]) => /remise/i.test(label) && key !== "remission"),
    ).toEqual([]);
  });

  it("never says the letter invokes the comparable instruments' provisions", () => {
    for (const language of letterLanguages) {
      expect(labelsFor(language).text("basis")).not.toMatch(/relied on|invoqu/i);
    }
    expect(labelsFor("en").text("basis")).toBe("Provisions of comparable instruments (data model)");
    expect(fr.text("basis")).toBe("Dispositions d'instruments comparables (modèle de données)");
  });
});
