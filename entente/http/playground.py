"""The offline GraphiQL playground: its page, opening on an example query, and its vendored assets."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

ASSETS = Path(__file__).parent / "static" / "graphiql"
ASSETS_PATH = "/static/graphiql"

# The tab the playground opens with: within the default limits (schema/cost.py puts it at 12503).
EXAMPLE_QUERY = """\
# Kazakhstan's relations, their latest events and the figures
# stated at them. Run it: Ctrl-Enter, or the pink button.
query KazakhstanRelations {
  country(code: "KZ") {
    name
    relations(first: 100) {
      totalCount
      edges {
        node {
          id
          countries { code name }
          latest { iso }
          events(first: 20) {
            totalCount
            edges {
              node {
                type
                title
                date { iso }
                figures {
                  metric value unit qualifier
                  period { start { iso } end { iso } }
                }
              }
            }
          }
        }
      }
    }
  }
}
"""

# The page's one inline script, exactly as it stands between its tags: the policy allows it by its hash.
_SCRIPT = """
      const EXAMPLE_QUERY = {example};
      // ?q=... opens another query (a link may carry one; ?query= would run it instead).
      const shared = new URLSearchParams(window.location.search).get("q") || undefined;
      const fetcher = GraphiQL.createFetcher({{ url: window.location.href.split("?")[0] }});
      const root = ReactDOM.createRoot(document.getElementById("graphiql"));
      root.render(
        React.createElement(GraphiQL, {{
          fetcher: fetcher,
          defaultQuery: EXAMPLE_QUERY,
          query: shared,
          defaultEditorToolsVisibility: false,
          isHeadersEditorEnabled: true,
          inputValueDeprecation: true,
        }}),
      );
    """
SCRIPT = _SCRIPT.format(example=json.dumps(EXAMPLE_QUERY).replace("</", "<\\/"))
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()

# Only this server: the page cannot load a script, style or font from anywhere else, runs no
# inline script but its own, and cannot be framed. Styles stay 'unsafe-inline': GraphiQL and
# its editor set style attributes, and a style cannot run code.
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; script-src 'self' '{SCRIPT_HASH}'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)

_PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Entente GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="{assets}/graphiql.min.css" />
    <style>
      body {{ height: 100%; margin: 0; width: 100%; overflow: hidden; }}
      #graphiql {{ height: 100vh; display: flex; }}
    </style>
    <script src="{assets}/react.production.min.js"></script>
    <script src="{assets}/react-dom.production.min.js"></script>
    <script src="{assets}/graphiql.min.js"></script>
  </head>
  <body>
    <div id="graphiql">Loading the playground...</div>
    <script>{script}</script>
  </body>
</html>
"""


@lru_cache(maxsize=8)
def page(assets: str = ASSETS_PATH) -> str:
    """The playground's HTML, loading GraphiQL from ``assets`` (the URL path of the static mount)."""
    return _PAGE.format(assets=assets, script=SCRIPT)


def assets_mount() -> Mount:
    """The static mount serving the vendored GraphiQL, React and ReactDOM files."""
    return Mount(ASSETS_PATH, app=StaticFiles(directory=ASSETS), name="graphiql-assets")
