// Search a country: the countries the knowledge base holds relations for, ranked by how many,
// filtered as one types; any other country by its ISO code, or from the full list.
import { useQuery } from "@urql/preact";
import { useRef, useState } from "preact/hooks";
import { documents } from "../client.js";
import { Empty, ErrorState, Loading, More, useTitle } from "../common.jsx";
import { href, Link, navigate } from "../router.jsx";

function matches(country, words) {
  const names = [country.name, country.code, country.iso2, ...country.aliases].map((n) => n.toLowerCase());
  return words.every((word) => names.some((name) => name.includes(word)));
}

function CountryList({ withRelations, filter, onMatches }) {
  const [after, setAfter] = useState(null);
  const [result, reexecute] = useQuery({
    query: documents.CountryList,
    variables: { first: 100, after, withRelations },
  });
  const { data, fetching, error } = result;
  if (error && !data) return <ErrorState error={error} what="the countries" retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading what="the countries" />;
  const connection = data.countries;
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  let countries = connection.edges.map((e) => e.node).filter((c) => matches(c, words));
  if (withRelations) countries = [...countries].sort((x, y) => y.relationCount - x.relationCount || x.name.localeCompare(y.name));
  onMatches?.(countries);
  return (
    <>
      {countries.length ? (
        <ol class={withRelations ? "ranked countries" : "countries all"}>
          {countries.map((c) => (
            <li key={c.id}>
              <Link to={href(`/country/${c.code}`)}>{c.name}</Link> <span class="muted">{c.code}</span>
              {c.relationCount ? (
                <span class="badge">
                  {c.relationCount} relation{c.relationCount === 1 ? "" : "s"}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <Empty>No country {withRelations ? "with relations " : "loaded yet "}matches “{filter}”.</Empty>
      )}
      <More
        pageInfo={connection.pageInfo}
        fetching={fetching}
        onMore={setAfter}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="countries"
      />
    </>
  );
}

export function Home() {
  useTitle("Countries");
  const initial = new URLSearchParams(window.location.search).get("q") ?? "";
  const [filter, setFilter] = useState(initial);
  const [all, setAll] = useState(false);
  const matched = useRef([]);
  const onInput = (event) => {
    setFilter(event.currentTarget.value);
    navigate(href("/", { q: event.currentTarget.value }), { replace: true });
  };
  const onSubmit = (event) => {
    event.preventDefault();
    // The one country the filter leaves, else the code typed (any ISO 3166 country, with relations or not).
    const code = matched.current.length === 1 ? matched.current[0].code : filter.trim();
    if (/^[A-Za-z]{2,3}$/.test(code)) navigate(href(`/country/${code.toUpperCase()}`));
  };
  return (
    <section aria-labelledby="countries-heading">
      <h1 id="countries-heading">Countries</h1>
      <form class="search" role="search" onSubmit={onSubmit}>
        <label for="country-search">Search a country</label>
        <input
          id="country-search"
          type="search"
          value={filter}
          onInput={onInput}
          placeholder="Name, alias or ISO code: Kazakhstan, Turkey, KZ"
          autocomplete="off"
        />
        <button type="submit">Open</button>
      </form>
      <h2>With relations, most first</h2>
      <CountryList withRelations={true} filter={filter} onMatches={(countries) => (matched.current = countries)} />
      <h2>All countries</h2>
      {all ? (
        <CountryList withRelations={null} filter={filter} />
      ) : (
        <button type="button" onClick={() => setAll(true)}>
          Show all countries
        </button>
      )}
    </section>
  );
}
