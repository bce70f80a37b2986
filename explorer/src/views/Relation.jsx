// A relation: the trade timeline as charts (one per currency), events by type and year, and the
// event timeline with each event's sources.
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { documents } from "../client.js";
import { articleHref, dateRange, Empty, ErrorState, humanize, Loading, More, useTitle } from "../common.jsx";
import { href, Link } from "../router.jsx";
import { TradeTimeline } from "./TradeChart.jsx";

function Sources({ sources }) {
  return (
    <ul class="sources" aria-label="Sources">
      {sources.map((s) => (
        <li key={`${s.article.id}:${s.start}`}>
          <blockquote>{s.quote}</blockquote>
          <p class="cite">
            <Link to={articleHref(s.article.id, s)}>{s.article.title ?? "Untitled article"}</Link>
            {s.article.publishedOn ? <span class="muted"> ({s.article.publishedOn})</span> : null}
            {s.article.url ? (
              <>
                {" · "}
                <a href={s.article.url} rel="noopener noreferrer external" target="_blank">
                  original
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Timeline({ relation, fetching, onMore }) {
  const connection = relation.events;
  if (!connection.totalCount) return <Empty>No events are recorded for this relation.</Empty>;
  return (
    <>
      <ol class="timeline">
        {connection.edges.map(({ node: event }) => (
          <li key={event.id} class="event">
            <p class="when">
              <time datetime={event.date?.iso}>{dateRange(event.date, event.endDate, event.dateText)}</time>
              <span class={`badge type-${event.type.toLowerCase()}`}>{humanize(event.type)}</span>
              {event.status === "PLANNED" ? <span class="badge planned">Planned</span> : null}
            </p>
            <h3>{event.title}</h3>
            {event.location || event.participants.length ? (
              <p class="muted">
                {[event.location, event.participants.map((p) => p.name).join(", ")].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            <Sources sources={event.sources} />
          </li>
        ))}
      </ol>
      <More
        pageInfo={connection.pageInfo}
        fetching={fetching}
        onMore={onMore}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="events"
      />
    </>
  );
}

export function Relation({ a, b }) {
  const [after, setAfter] = useState(null);
  const [result, reexecute] = useQuery({ query: documents.Relation, variables: { a, b, first: 20, after } });
  const { data, fetching, error } = result;
  const relation = data?.relation;
  // In the order of the URL (/relation/KAZ-TUR reads from Kazakhstan's side), whatever code was used.
  const first = (c) => (c.code === a || c.iso2 === a ? 0 : 1);
  const countries = relation ? [...relation.countries].sort((x, y) => first(x) - first(y)) : [];
  const names = relation ? countries.map((c) => c.name).join(" – ") : `${a} – ${b}`;
  useTitle(names);
  if (error && !data) return <ErrorState error={error} what={`the relation ${a}–${b}`} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading what={`the relation ${a}–${b}`} />;
  if (!relation) {
    return (
      <section>
        <h1>
          {a} – {b}
        </h1>
        <Empty>
          No relation between {a} and {b} is recorded. <Link to={href(`/country/${a}`)}>Open {a}</Link>.
        </Empty>
      </section>
    );
  }
  return (
    <article aria-labelledby="relation-heading">
      <h1 id="relation-heading">{names}</h1>
      <p class="muted">
        {countries.map((c, i) => (
          <span key={c.id}>
            {i ? " · " : ""}
            <Link to={href(`/country/${c.code}`)}>{c.name}</Link>
          </span>
        ))}
        {relation.latest ? ` · latest event ${relation.latest.iso}` : ""}
      </p>
      <TradeTimeline a={relation.codes[0]} b={relation.codes[1]} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline of events</h2>
        <Timeline relation={relation} fetching={fetching} onMore={setAfter} />
      </section>
    </article>
  );
}
