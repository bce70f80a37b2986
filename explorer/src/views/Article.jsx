// An article's text with every quoted piece of evidence highlighted: the sentences its events and
// figures were read from (Evidence.start and .end are offsets into the text, in code points).
import { useQuery } from "@urql/preact";
import { useEffect } from "preact/hooks";
import { documents } from "../client.js";
import { Empty, ErrorState, formatValue, humanize, Loading, useTitle } from "../common.jsx";
import { href, Link } from "../router.jsx";

/** The evidence of this article: [{start, end, notes}] sorted, overlapping spans merged. */
function spans(article) {
  const found = [];
  for (const event of article.events) {
    for (const s of event.sources) {
      if (s.article.id === article.id) found.push({ start: s.start, end: s.end, note: `Event: ${event.title}` });
    }
  }
  for (const figure of article.figures) {
    for (const s of figure.sources) {
      if (s.article.id === article.id) {
        const note = `${humanize(figure.metric)}: ${formatValue(figure.value, figure.unit, figure.qualifier)}`;
        found.push({ start: s.start, end: s.end, note });
      }
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.notes.push(span.note);
    } else {
      merged.push({ start: span.start, end: span.end, notes: [span.note] });
    }
  }
  return merged;
}

function Highlighted({ text, marks, current }) {
  const chars = Array.from(text); // offsets count code points, as the server's do
  const parts = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) parts.push(chars.slice(at, mark.start).join(""));
    const isCurrent = current && mark.start <= current.start && current.end <= mark.end;
    parts.push(
      <mark
        key={mark.start}
        id={isCurrent ? "evidence" : `evidence-${mark.start}`}
        class={isCurrent ? "current" : null}
        title={[...new Set(mark.notes)].join("\n")}
        tabIndex={isCurrent ? -1 : null}
      >
        {chars.slice(mark.start, mark.end).join("")}
      </mark>,
    );
    at = Math.max(at, mark.end);
  }
  parts.push(chars.slice(at).join(""));
  return <div class="text">{parts}</div>;
}

export function Article({ id, search }) {
  const [result, reexecute] = useQuery({ query: documents.Article, variables: { id } });
  const { data, error } = result;
  const params = new URLSearchParams(search);
  const current = params.has("start")
    ? { start: Number(params.get("start")), end: Number(params.get("end") ?? params.get("start")) }
    : null;
  const article = data?.article;
  useTitle(article?.title ?? "Article");
  useEffect(() => {
    const mark = article && document.getElementById("evidence");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    }
  }, [article?.id, current?.start]);
  if (error && !data) return <ErrorState error={error} what="the article" retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading what="the article" />;
  if (!article) {
    return (
      <section>
        <h1>No such article</h1>
        <Empty>
          There is no article “{id}”. <Link to={href("/articles")}>Search the articles</Link>.
        </Empty>
      </section>
    );
  }
  const marks = spans(article);
  return (
    <article aria-labelledby="article-heading">
      <h1 id="article-heading">{article.title ?? "Untitled article"}</h1>
      <p class="muted">
        {article.titleDerived ? "Title made from the lead sentence · " : ""}
        {article.publishedOn ? `Published ${article.publishedOn}` : "Publication date unknown"}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer external" target="_blank">
              original
            </a>
          </>
        ) : null}
      </p>
      {article.countries.length ? (
        <p>
          Countries:{" "}
          {article.countries.map((c, i) => (
            <span key={c.id}>
              {i ? ", " : ""}
              <Link to={href(`/country/${c.code}`)}>{c.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p class="legend">
        <mark>Highlighted</mark> sentences are the evidence for {article.events.length} event
        {article.events.length === 1 ? "" : "s"} and {article.figures.length} figure
        {article.figures.length === 1 ? "" : "s"}; hover one to see what it supports.
      </p>
      <Highlighted text={article.text} marks={marks} current={current} />
    </article>
  );
}
