// A country: its facts, its partners ranked by trade and by events (aggregates), its relations.
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { documents } from "../client.js";
import { Empty, ErrorState, formatValue, Loading, More, periodLabel, useTitle } from "../common.jsx";
import { href, Link } from "../router.jsx";

const CURRENCY = "USD";
// The country's own code first, so that the relation reads from its side.
const relationHref = (code, other) => href(`/relation/${code}-${other}`);

function Partners({ code }) {
  const [range, setRange] = useState({ from: "", to: "" });
  const [tradeAfter, setTradeAfter] = useState(null);
  const [eventsAfter, setEventsAfter] = useState(null);
  const [result, reexecute] = useQuery({
    query: documents.CountryPartners,
    variables: {
      code,
      currency: CURRENCY,
      first: 10,
      from: range.from || null,
      to: range.to || null,
      tradeAfter,
      eventsAfter,
    },
  });
  const { data, error, fetching } = result;
  const onSubmit = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setEventsAfter(null);
    setRange({ from: form.get("from") || "", to: form.get("to") || "" });
  };
  const more = (connection, onMore) => (
    <More
      pageInfo={connection.pageInfo}
      fetching={fetching}
      onMore={onMore}
      shown={connection.edges.length}
      total={connection.totalCount}
      noun="partners"
    />
  );
  let trade;
  let events;
  if (error && !data) {
    trade = events = <ErrorState error={error} what="the partners" retry={() => reexecute({ requestPolicy: "network-only" })} />;
  } else if (!data) {
    trade = events = <Loading what="the partners" />;
  } else if (data.country) {
    const byTrade = data.country.partnersByTrade.edges.map((e) => e.node);
    const byEvents = data.country.partnersByEvents.edges.map((e) => e.node);
    trade = byTrade.length ? (
      <>
        <ol class="ranked" aria-label="Partners by trade turnover">
          {byTrade.map((p) => (
            <li key={p.relation.id}>
              <Link to={relationHref(code, p.country.code)}>{p.country.name}</Link>{" "}
              <span class="value">{formatValue(p.turnover.value, CURRENCY, p.turnover.qualifier)}</span>{" "}
              <span class="muted">{periodLabel(p.turnover.period, p.turnover.asOf)}</span>
            </li>
          ))}
        </ol>
        {more(data.country.partnersByTrade, setTradeAfter)}
      </>
    ) : (
      <Empty>No trade turnover in USD is reported with any partner.</Empty>
    );
    events = byEvents.length ? (
      <>
        <ol class="ranked" aria-label="Partners by number of events">
          {byEvents.map((p) => (
            <li key={p.relation.id}>
              <Link to={relationHref(code, p.country.code)}>{p.country.name}</Link>{" "}
              <span class="value">
                {p.eventCount} event{p.eventCount === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ol>
        {more(data.country.partnersByEvents, setEventsAfter)}
      </>
    ) : (
      <Empty>No events in this range.</Empty>
    );
  }
  return (
    <div class="columns">
      <section aria-labelledby="by-trade">
        <h2 id="by-trade">Partners by trade</h2>
        <p class="muted">Latest reported turnover in USD, largest first.</p>
        {trade}
      </section>
      <section aria-labelledby="by-events">
        <h2 id="by-events">Partners by events</h2>
        <form class="range" onSubmit={onSubmit}>
          <label>
            From <input type="date" name="from" defaultValue={range.from} />
          </label>
          <label>
            To <input type="date" name="to" defaultValue={range.to} />
          </label>
          <button type="submit">Count</button>
        </form>
        {events}
      </section>
    </div>
  );
}

function Relations({ country, fetching, onMore }) {
  const connection = country.relations;
  if (!connection.totalCount) return <Empty>No relations of {country.name} are recorded yet.</Empty>;
  return (
    <>
      <ul class="relations">
        {connection.edges.map(({ node }) => {
          const other = node.countries.find((c) => c.code !== country.code) ?? node.countries[0];
          return (
            <li key={node.id}>
              <Link to={relationHref(country.code, other.code)}>
                {country.name} – {other.name}
              </Link>{" "}
              <span class="muted">{node.latest ? `latest event ${node.latest.iso}` : "no dated event"}</span>
            </li>
          );
        })}
      </ul>
      <More
        pageInfo={connection.pageInfo}
        fetching={fetching}
        onMore={onMore}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="relations"
      />
    </>
  );
}

export function Country({ code }) {
  const [after, setAfter] = useState(null);
  const [result, reexecute] = useQuery({ query: documents.Country, variables: { code, first: 20, after } });
  const { data, fetching, error } = result;
  useTitle(data?.country?.name ?? code);
  if (error && !data) return <ErrorState error={error} what={`the country ${code}`} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading what={`the country ${code}`} />;
  const country = data.country;
  if (!country) {
    return (
      <section>
        <h1>No such country</h1>
        <Empty>
          There is no country with the code “{code}”. <Link to={href("/")}>Search the countries</Link>.
        </Empty>
      </section>
    );
  }
  return (
    <article aria-labelledby="country-heading">
      <h1 id="country-heading">{country.name}</h1>
      <dl class="facts">
        <dt>Official name</dt>
        <dd>{country.officialName}</dd>
        <dt>Codes</dt>
        <dd>
          {country.code} / {country.iso2}
        </dd>
        {country.capital ? (
          <>
            <dt>Capital</dt>
            <dd>{country.capital}</dd>
          </>
        ) : null}
        {country.region ? (
          <>
            <dt>Region</dt>
            <dd>{[country.subregion, country.region].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {country.relationCount ? <Partners code={country.code} /> : null}
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">Relations ({country.relationCount})</h2>
        <Relations country={country} fetching={fetching} onMore={setAfter} />
      </section>
    </article>
  );
}
