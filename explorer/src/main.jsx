// The explorer's shell: a header, the view the URL names, and the client they share.
import { Provider } from "@urql/preact";
import { render } from "preact";
import { makeClient } from "./client.js";
import { Empty, useTitle } from "./common.jsx";
import { href, Link, match, useLocation } from "./router.jsx";
import { Article } from "./views/Article.jsx";
import { Articles } from "./views/Articles.jsx";
import { Country } from "./views/Country.jsx";
import { Home } from "./views/Home.jsx";
import { Relation } from "./views/Relation.jsx";
import "./style.css";

function NotFound() {
  useTitle("Not found");
  return (
    <section>
      <h1>Page not found</h1>
      <Empty>
        The explorer has no page at this address. <Link to={href("/")}>Search the countries</Link>.
      </Empty>
    </section>
  );
}

function View() {
  const { path, search } = useLocation();
  const { name, params } = match(path);
  const key = path + search;
  switch (name) {
    case "home":
      return <Home key={key} />;
    case "country":
      return <Country key={key} code={params.code.toUpperCase()} />;
    case "relation":
      return <Relation key={key} a={params.a.toUpperCase()} b={params.b.toUpperCase()} />;
    case "articles":
      return <Articles key={key} search={new URLSearchParams(search).get("q") ?? ""} />;
    case "article":
      return <Article key={path} id={params.id} search={search} />;
    default:
      return <NotFound />;
  }
}

function App({ client }) {
  return (
    <Provider value={client}>
      <header class="top">
        <p class="brand">
          <Link to={href("/")}>Entente explorer</Link>
        </p>
        <nav aria-label="Main">
          <Link to={href("/")}>Countries</Link>
          <Link to={href("/articles")}>Articles</Link>
          <a href="/graphql">API</a>
        </nav>
      </header>
      <main id="main">
        <View />
      </main>
    </Provider>
  );
}

const root = document.getElementById("app");
root.textContent = ""; // the static "Loading the explorer…" placeholder
render(<App client={makeClient()} />, root);
