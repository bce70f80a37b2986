#!/usr/bin/env bash
# FerretDB (a MongoDB wire-protocol server on SQLite) for tests and development.
#
#   scripts/ferretdb.sh install   build the pinned release into .ferretdb/bin (needs Go)
#   scripts/ferretdb.sh start     start it on a free loopback port; prints the MONGODB_URI
#   scripts/ferretdb.sh stop      stop the server started by `start`
#   scripts/ferretdb.sh uri       print the MONGODB_URI of the running server
#
# State lives in .ferretdb/ (the binary, the pid and port files, a temporary data
# directory). FERRETDB_HOME moves it elsewhere.
set -euo pipefail

VERSION=v1.24.0
MODULE=github.com/FerretDB/FerretDB
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HOME_DIR="${FERRETDB_HOME:-$ROOT/.ferretdb}"
BIN="$HOME_DIR/bin/ferretdb"

install() {
    # Output is captured, not piped into grep or head: with pipefail, a reader that stops
    # early would kill the writer with SIGPIPE and fail the script.
    if [ -x "$BIN" ] && [[ "$("$BIN" --version 2>/dev/null)" == *"version: $VERSION"* ]]; then
        return 0
    fi
    command -v go >/dev/null || { echo "ferretdb.sh: Go is needed to build FerretDB" >&2; exit 1; }
    local build
    build="$(mktemp -d)"
    trap 'rm -rf "$build"' RETURN
    # `go install module@version` fails on this release: the proxy refuses the module's
    # version list, which go install reads for deprecation notices. Building inside a
    # throwaway module that requires the pinned version avoids that list. The release's
    # source also lacks build/version/version.txt, which FerretDB needs at start, so the
    # build uses a copy of the module with that file written.
    (
        cd "$build"
        printf 'module ferretdbbuild\n\ngo 1.22\n\nrequire %s %s\n' "$MODULE" "$VERSION" > go.mod
        printf '//go:build tools\n\npackage tools\n\nimport _ "%s/cmd/ferretdb"\n' "$MODULE" > tools.go
        GOFLAGS=-mod=mod go mod download "$MODULE@$VERSION"
        src="$(GOFLAGS=-mod=mod go list -m -f '{{.Dir}}' "$MODULE")"
        cp -r "$src" source && chmod -R u+w source
        echo "$VERSION" > source/build/version/version.txt
        go mod edit -replace "$MODULE=./source"
        GOFLAGS=-mod=mod go mod tidy
        mkdir -p "$(dirname "$BIN")"
        CGO_ENABLED=0 go build -trimpath -o "$BIN" "$MODULE/cmd/ferretdb"
    )
    local version
    version="$("$BIN" --version)"
    echo "${version%%$'\n'*}"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    install >/dev/null
    if [ -f "$HOME_DIR/pid" ] && kill -0 "$(cat "$HOME_DIR/pid")" 2>/dev/null; then
        uri
        return 0
    fi
    local port data
    port="$(free_port)"
    data="$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-data.XXXXXX")"
    "$BIN" --handler=sqlite --sqlite-url="file:$data/" --state-dir="$data" \
        --listen-addr="127.0.0.1:$port" --debug-addr=- --telemetry=disable --log-level=warn \
        > "$HOME_DIR/log" 2>&1 &
    echo $! > "$HOME_DIR/pid"
    echo "$port" > "$HOME_DIR/port"
    echo "$data" > "$HOME_DIR/data"
    for _ in $(seq 1 100); do
        if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2).close()" 2>/dev/null; then
            uri
            return 0
        fi
        kill -0 "$(cat "$HOME_DIR/pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "ferretdb.sh: FerretDB did not start; its log:" >&2
    cat "$HOME_DIR/log" >&2
    exit 1
}

stop() {
    if [ -f "$HOME_DIR/pid" ]; then
        kill "$(cat "$HOME_DIR/pid")" 2>/dev/null || true
        rm -f "$HOME_DIR/pid"
    fi
    if [ -f "$HOME_DIR/data" ]; then
        rm -rf "$(cat "$HOME_DIR/data")"
        rm -f "$HOME_DIR/data"
    fi
}

uri() {
    echo "mongodb://127.0.0.1:$(cat "$HOME_DIR/port")/"
}

mkdir -p "$HOME_DIR"
case "${1:-}" in
    install) install ;;
    start) start ;;
    stop) stop ;;
    uri) uri ;;
    *) echo "usage: $0 install|start|stop|uri" >&2; exit 2 ;;
esac
