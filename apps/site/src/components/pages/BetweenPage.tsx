import { useHistory, useLocation } from "@docusaurus/router";
import { parties, stateName } from "@lhc/parties";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import { type ReactNode, useEffect, useId, useState } from "react";
import { BetweenAnswer, canAsk } from "../between/BetweenAnswer";

const states = [...parties].map((party) => ({ code: party.code, name: stateName(party.code) }));
states.sort((a, b) => a.name.localeCompare(b.name, "en"));

/** Does the Convention apply between two States on a date? The question is in the URL, to share it. */
export default function BetweenPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const ids = { a: useId(), b: useId(), on: useId() };
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const [on, setOn] = useState("");
  // The query is read once the page runs in the browser, so that the static HTML and the first render agree.
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    setA((query.get("a") ?? "").toUpperCase());
    setB((query.get("b") ?? "").toUpperCase());
    setOn(query.get("on") ?? new Date().toISOString().slice(0, 10));
  }, [location.search]);
  const update = (next: { a?: string; b?: string; on?: string }) => {
    const query = new URLSearchParams({ a: next.a ?? a, b: next.b ?? b, on: next.on ?? on });
    history.replace({ search: `?${query.toString()}` });
  };
  const select = (id: string, label: string, value: string, key: "a" | "b") => (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => update({ [key]: event.target.value })}>
        <option value="">Choose a State…</option>
        {states.map((state) => (
          <option key={state.code} value={state.code}>
            {state.name} ({state.code})
          </option>
        ))}
        {value && !states.some((state) => state.code === value) ? (
          <option value={value}>{value}</option>
        ) : null}
      </select>
    </div>
  );
  return (
    <Layout
      title="Does the Convention apply between two States?"
      description="Whether the Ljubljana–The Hague Convention applies between two States on a date, with the reasons"
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Does the Convention apply between two States?</Heading>
        <p>
          Choose two States and a date to learn whether the Convention binds them towards each other on that
          day, and so whether one can send the other a request under it. The answer gives its reasons and says
          which facts are not verified yet. Copy the address of this page to share the question. Only the
          States that signed are listed: for any other State the Convention is not in force.
        </p>
        <details className="lhc-small">
          <summary>Where the answer comes from</summary>
          <p>
            From the sourced facts of <code>@lhc/parties</code> (<code>inForceBetween</code> and{" "}
            <code>annexesApplicableBetween</code>), as <code>lhc between</code> gives them.
          </p>
        </details>
        <form className="lhc-validator__controls" onSubmit={(event) => event.preventDefault()}>
          {select(ids.a, "First State", a, "a")}
          {select(ids.b, "Second State", b, "b")}
          <div>
            <label htmlFor={ids.on}>Date</label>
            <input
              id={ids.on}
              type="date"
              value={on}
              onChange={(event) => update({ on: event.target.value })}
            />
          </div>
        </form>
        <section aria-live="polite" aria-label="Answer">
          {canAsk(a, b, on) ? (
            <BetweenAnswer a={a} b={b} on={on} />
          ) : a !== "" && a === b ? (
            <p>Choose two different States.</p>
          ) : (
            <p>Choose two States and a date.</p>
          )}
        </section>
      </main>
    </Layout>
  );
}
