import {
  dataset,
  isTreatyRegisterSource,
  type PartiesDataset,
  type Source,
  sourcesOf,
  TREATY_REGISTER_PUBLISHER,
} from "@lhc/parties";
import { describe, expect, it } from "vitest";
import { registerConfirmations } from "../plugins/lhc-data/register";

// A register reading as the register update records it: one source record, its publisher the package's mark.
const reading = (accessed: string | null): Source => ({
  url: "https://repository.overheid.nl/frbr/vd/013717/4/xml-nl/013717.xml",
  title: "Treaty register item 013717 (Dutch item XML, version 4, modified not recorded)",
  publisher: TREATY_REGISTER_PUBLISHER,
  kind: "official",
  accessed,
});

describe("what the treaty register confirms (plugins/lhc-data/register.ts)", () => {
  it("claims nothing for the package's data where no fact cites the register, though the treaty database's pages are cited", () => {
    const cited = dataset.parties.flatMap((party) => sourcesOf(party));
    // The Verdragenbank's web pages are sources, but not the register item the update reads.
    expect(cited.some((source) => source.publisher.includes("Verdragenbank"))).toBe(true);
    const confirmations = registerConfirmations(dataset);
    expect(confirmations.read).toBe(cited.some(isTreatyRegisterSource));
    for (const state of confirmations.states) {
      const party = dataset.parties.find((p) => p.code === state.code);
      expect(party && sourcesOf(party).some(isTreatyRegisterSource), state.code).toBe(true);
    }
    if (!confirmations.read) expect(confirmations).toEqual({ read: false, lastRead: null, states: [] });
  });

  it("names each fact that cites the register's record, with the day it was read, and no other", () => {
    const data = structuredClone(dataset) as PartiesDataset;
    const [first, second] = data.parties.filter((party) => party.signature !== null);
    if (!first?.signature || !second?.signature) throw new Error("the data holds fewer than two signatures");
    first.signature.sources.push(reading("2026-11-28"));
    // A reading whose record does not say when it was read: the date is left unclaimed.
    second.signature.sources.push(reading(null));

    const confirmations = registerConfirmations(data);
    expect(confirmations.read).toBe(true);
    expect(confirmations.lastRead).toBe("2026-11-28");
    expect(confirmations.states).toEqual([
      {
        code: first.code,
        name: expect.any(String),
        path: `/parties/${first.code.toLowerCase()}`,
        facts: [{ fact: `Signature, ${first.signature.date}`, accessed: "2026-11-28" }],
      },
      {
        code: second.code,
        name: expect.any(String),
        path: `/parties/${second.code.toLowerCase()}`,
        facts: [{ fact: `Signature, ${second.signature.date}`, accessed: null }],
      },
    ]);
  });

  it("finds the register on every kind of fact it can confirm: deposit, entry into force, declarations listed", () => {
    const data = structuredClone(dataset) as PartiesDataset;
    const party = data.parties.find((p) => p.consent !== null && p.entryIntoForce !== null);
    if (!party?.consent || !party.entryIntoForce) throw new Error("the data holds no State in force");
    for (const sources of [
      party.consent.sources,
      party.entryIntoForce.sources,
      party.declarationsListed.sources,
    ])
      sources.push(reading("2026-11-28"));
    const [state] = registerConfirmations(data).states;
    expect(state?.facts.map((f) => f.fact)).toEqual([
      expect.stringMatching(new RegExp(`^Deposit \\(.+\\), ${party.consent.depositDate}$`)),
      `Entry into force, ${party.entryIntoForce.date}`,
      party.declarationsListed.value
        ? "Reservations or declarations listed"
        : "No reservations or declarations listed",
    ]);
  });
});
