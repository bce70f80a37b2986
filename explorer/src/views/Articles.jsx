// Articles: every article newest first, or those whose title or text has every word searched.
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { documents } from "../client.js";
import { articleHref, Empty, ErrorState, Loading, More, useTitle } from "../common.jsx";
import { href, Link, navigate } from "../router.jsx";

function Results({ search }) {
  const [after, setAfter] = useState(null);
  const [result, reexecute] = useQuery({
    query: documents.Articles,
    variables: { search: search || null, first: 20, after },
  });
  const { data, fetching, error } = result;
  if (error && !data) return <ErrorState error={error} what="the articles" retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading what="the articles" />;
  const connection = data.articles;
  if (!connection.totalCount) {
    return <Empty>{search ? `No article matches “${search}”.` : "No articles are stored yet."}</Empty>;
  }
  return (
    <>
      <ol class="articles">
        {connection.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={articleHref(node.id)}>{node.title ?? "Untitled article"}</Link>
            <span class="muted"> {node.publishedOn ?? "date unknown"}</span>
          </li>
        ))}
      </ol>
      <More
        pageInfo={connection.pageInfo}
        fetching={fetching}
        onMore={setAfter}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="articles"
      />
    </>
  );
}

export function Articles({ search }) {
  useTitle(search ? `Articles: ${search}` : "Articles");
  const onSubmit = (event) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get("q").trim();
    navigate(href("/articles", { q }));
  };
  return (
    <section aria-labelledby="articles-heading">
      <h1 id="articles-heading">Articles</h1>
      <form class="search" role="search" onSubmit={onSubmit}>
        <label for="article-search">Search articles</label>
        <input id="article-search" type="search" name="q" defaultValue={search} key={search} placeholder="Words in the title or text" />
        <button type="submit">Search</button>
      </form>
      {search ? (
        <p class="muted">
          Articles with every word of “{search}”. <Link to={href("/articles")}>All articles</Link>
        </p>
      ) : null}
      <Results search={search} key={search} />
    </section>
  );
}
