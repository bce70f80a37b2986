#!/usr/bin/env bash
# Vendor the offline GraphiQL playground into entente/http/static/graphiql/.
#
# Fetches the pinned npm packages with `npm pack` (npm checks each tarball against the
# registry's integrity hash), copies the UMD/production dist files and the LICENSE files,
# and writes SHA256SUMS, which tests/test_playground.py checks. Nothing else is needed at
# runtime: the playground page loads only these files, never a CDN.
#
# Usage: scripts/vendor-graphiql.sh        (re-run after changing a version below)
set -euo pipefail
cd "$(dirname "$0")/.."

GRAPHIQL=3.8.3
REACT=18.2.0
DEST=entente/http/static/graphiql

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null)
for name in "graphiql-$GRAPHIQL" "react-$REACT" "react-dom-$REACT"; do
    mkdir -p "$work/$name"
    tar xzf "$work/$name.tgz" -C "$work/$name"
done

mkdir -p "$DEST"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.js" "$DEST/graphiql.min.js"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.css" "$DEST/graphiql.min.css"
cp "$work/graphiql-$GRAPHIQL/package/LICENSE" "$DEST/LICENSE.graphiql"
cp "$work/react-$REACT/package/umd/react.production.min.js" "$DEST/react.production.min.js"
cp "$work/react-$REACT/package/LICENSE" "$DEST/LICENSE.react"
cp "$work/react-dom-$REACT/package/umd/react-dom.production.min.js" "$DEST/react-dom.production.min.js"
cp "$work/react-dom-$REACT/package/LICENSE" "$DEST/LICENSE.react-dom"
# The minified files end with a sourceMappingURL comment; the maps are not vendored, so
# drop it, or browsers' developer tools ask the server for a file it does not have.
sed -i '/^\/\/# sourceMappingURL=/d; s#/\*\# sourceMappingURL=[^*]*\*/##' \
    "$DEST/graphiql.min.js" "$DEST/graphiql.min.css" "$DEST/react.production.min.js" "$DEST/react-dom.production.min.js"

(cd "$DEST" && sha256sum graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js \
    LICENSE.graphiql LICENSE.react LICENSE.react-dom > SHA256SUMS)
cat > "$DEST/VERSIONS" <<VERSIONS
graphiql $GRAPHIQL
react $REACT
react-dom $REACT
VERSIONS
echo "vendored into $DEST:"
du -ch "$DEST"/*.js "$DEST"/*.css | sed 's/^/  /'
