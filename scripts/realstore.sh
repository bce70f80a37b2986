#!/usr/bin/env bash
# The real MongoDB-protocol server for tests and benchmarks: FerretDB v2 on PostgreSQL 15 with
# the DocumentDB extension, which plans queries with indexes. Built from the source trees in
# scripts/realstore/vendor.tgz (see VERSIONS there) by scripts/realstore/install.sh.
#
#   scripts/realstore.sh install   apt packages, builds (about 145 s the first time, 2 s after)
#   scripts/realstore.sh start     start PostgreSQL and FerretDB; prints the MONGODB_URI
#   scripts/realstore.sh stop      stop both
#   scripts/realstore.sh uri       print the MONGODB_URI
#   scripts/realstore.sh status    say what runs
#
# Data, builds and logs live in DOCDB_HOME (default /var/lib/docdb-ferret), which the
# postgres OS user must be able to reach; MONGO_PORT and PG_PORT move the ports.
set -euo pipefail

HERE="$(cd "$(dirname "$0")/realstore" && pwd)"

case "${1:-}" in
    install)
        vendor="$(mktemp -d)"
        trap 'rm -rf "$vendor"' EXIT
        tar -xzf "$HERE/vendor.tgz" -C "$vendor"
        "$HERE/install.sh" install "$vendor/vendor"
        ;;
    start | stop | uri | status) "$HERE/install.sh" "$1" ;;
    *) echo "usage: $0 install|start|stop|uri|status" >&2; exit 2 ;;
esac
