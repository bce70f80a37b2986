#!/usr/bin/env bash
# install.sh — FerretDB v2 + PostgreSQL 15 + DocumentDB (index-using MongoDB wire protocol server)
# for Debian 12 (bookworm), x86_64, built from source trees shipped in a vendor folder.
#
#   install.sh install VENDOR_DIR   apt packages + build libbson/pg_cron/pgvector/DocumentDB + go build FerretDB
#   install.sh start                initdb (first time), start PostgreSQL and FerretDB, print the mongodb:// URI
#   install.sh stop                 stop FerretDB and PostgreSQL (by PID / pg_ctl)
#   install.sh uri                  print the mongodb:// URI
#   install.sh status               say what runs
#
# VENDOR_DIR must hold these source trees (see VERSIONS in it):
#   documentdb/      github.com/FerretDB/documentdb   tag v0.106.0-ferretdb-2.5.0
#   pgvector/        github.com/pgvector/pgvector     tag v0.8.0   (Debian 12 has no postgresql-15-pgvector)
#   pg_cron/         github.com/citusdata/pg_cron     tag v1.6.3   (Debian's 1.4.2 lacks '2 seconds' schedules)
#   mongo-c-driver/  github.com/mongodb/mongo-c-driver tag 1.28.0  (libbson; Debian's 1.23 lacks BSON_SUBTYPE_SENSITIVE)
# FerretDB v2.5.0 itself comes from the Go module proxy; needs a Go >= 1.24 toolchain on PATH
# (Debian 12's golang-go is 1.19).
#
# Environment (all optional):
#   DOCDB_HOME   where builds, binaries, data and logs go (default /var/lib/docdb-ferret)
#   PG_PORT      PostgreSQL port on 127.0.0.1 (default 54329)
#   MONGO_PORT   FerretDB port on 127.0.0.1 (default 27017)
#   FERRETDB_VERSION (default v2.5.0) — must match the DocumentDB tree (v2.5.0 <-> v0.106.0-ferretdb-2.5.0)
#   PG_USER      OS user that runs postgres when this script runs as root (default postgres)
set -euo pipefail

DOCDB_HOME="${DOCDB_HOME:-/var/lib/docdb-ferret}"
PG_PORT="${PG_PORT:-54329}"
MONGO_PORT="${MONGO_PORT:-27017}"
FERRETDB_VERSION="${FERRETDB_VERSION:-v2.5.0}"
PG_MAJOR=15
PGBIN="/usr/lib/postgresql/${PG_MAJOR}/bin"
PG_CONFIG="${PGBIN}/pg_config"
PG_USER="${PG_USER:-postgres}"

DEPS="$DOCDB_HOME/deps"          # static libbson + intelmathlib.pc (build-time only)
BUILD="$DOCDB_HOME/build"
BIN="$DOCDB_HOME/bin"
STAMPS="$DOCDB_HOME/stamps"
PGDATA="$DOCDB_HOME/pg/data"
RUN="$DOCDB_HOME/run"            # postgres unix socket dir
LOG="$DOCDB_HOME/log"
FERRET_PID="$RUN/ferretdb.pid"

log()  { printf '[install.sh] %s\n' "$*" >&2; }
die()  { printf '[install.sh] ERROR: %s\n' "$*" >&2; exit 1; }
# step NAME CMD...: run a step, print its wall time
step() {
  local name="$1"; shift
  local t0; t0=$(date +%s%N)
  "$@"
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  printf '[install.sh] step %-16s %4d.%d s\n' "$name" $((ms / 1000)) $((ms % 1000 / 100)) >&2
}
jobs_n() { nproc 2>/dev/null || echo 2; }

# run a command as the postgres OS user when we are root
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

# ---------------------------------------------------------------- install
apt_step() {
  if [ "$(id -u)" != 0 ]; then
    log "not root: skipping apt (packages must already be installed)"; return 0
  fi
  # do not let postgresql-common create and start the default 15/main cluster
  mkdir -p /etc/postgresql-common/createcluster.d
  printf 'create_main_cluster = false\n' > /etc/postgresql-common/createcluster.d/99-docdb-no-main.conf
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # postgresql-15-cron is deliberately NOT installed (we build pg_cron 1.6.3; Debian's 1.4.2 is too old)
  apt-get install -y -qq --no-install-recommends \
    build-essential pkg-config cmake ca-certificates \
    postgresql-${PG_MAJOR} postgresql-server-dev-${PG_MAJOR} \
    postgresql-${PG_MAJOR}-postgis-3 postgresql-${PG_MAJOR}-rum \
    libpcre2-dev libintelrdfpmath-dev libicu-dev libkrb5-dev libpq-dev >/dev/null
}

libbson_step() {
  local src="$VENDOR/mongo-c-driver"
  local ver; ver=$(cat "$src/VERSION_CURRENT")
  if [ -f "$STAMPS/libbson-$ver" ] && [ -f "$DEPS/lib/pkgconfig/libbson-static-1.0.pc" ]; then
    log "libbson $ver already built"; return 0
  fi
  rm -rf "$BUILD/libbson"; mkdir -p "$BUILD/libbson"
  cmake -S "$src" -B "$BUILD/libbson" -DENABLE_MONGOC=OFF -DENABLE_TESTS=OFF -DENABLE_EXAMPLES=OFF \
    -DENABLE_STATIC=ON -DENABLE_ICU=OFF -DENABLE_UNINSTALL=OFF -DCMAKE_C_FLAGS=-fPIC \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$DEPS" >"$LOG/libbson-build.log" 2>&1
  make -C "$BUILD/libbson" -j"$(jobs_n)" install >>"$LOG/libbson-build.log" 2>&1 || die "libbson build failed, see $LOG/libbson-build.log"
  # Debian's libintelrdfpmath-dev ships libbidgcc000.a = CALL_BY_REF=0 GLOBAL_RND=0 GLOBAL_FLAGS=0,
  # the variant DocumentDB's own install_setup_intel_decimal_math_lib.sh builds.
  cat > "$DEPS/lib/pkgconfig/intelmathlib.pc" <<'EOF'
prefix=/usr
libdir=/usr/lib/x86_64-linux-gnu
includedir=/usr/include

Name: intelmathlib
Description: Intel Decimal Floating point math library (Debian libintelrdfpmath-dev)
Version: 2.0 Update 2
Cflags: -I${includedir}
Libs: -L${libdir} -l:libbidgcc000.a
EOF
  touch "$STAMPS/libbson-$ver"
}

pgext_step() {   # pgext_step NAME SUBDIR SO_NAME [make args...]
  local name="$1" sub="$2" so="$3"; shift 3
  local tag; tag=$(grep -m1 -E "^$sub " "$VENDOR/VERSIONS" 2>/dev/null | awk '{print $4}'); tag="${tag:-unknown}"
  if [ -f "$STAMPS/$name-$tag" ] && [ -f "$($PG_CONFIG --pkglibdir)/$so" ]; then
    log "$name $tag already installed"; return 0
  fi
  rm -rf "$BUILD/$sub"; cp -a "$VENDOR/$sub" "$BUILD/$sub"
  make -C "$BUILD/$sub" -j"$(jobs_n)" PG_CONFIG="$PG_CONFIG" "$@" >"$LOG/$name-build.log" 2>&1 || die "$name build failed, see $LOG/$name-build.log"
  make -C "$BUILD/$sub" PG_CONFIG="$PG_CONFIG" "$@" install >>"$LOG/$name-build.log" 2>&1 || die "$name install failed"
  touch "$STAMPS/$name-$tag"
}

documentdb_step() {
  local ver; ver=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$VENDOR/documentdb/pg_documentdb/documentdb.control")
  if [ -f "$STAMPS/documentdb-$ver" ] && [ -f "$($PG_CONFIG --pkglibdir)/pg_documentdb.so" ]; then
    log "documentdb $ver already installed"; return 0
  fi
  rm -rf "$BUILD/documentdb"; cp -a "$VENDOR/documentdb" "$BUILD/documentdb"
  local d="$BUILD/documentdb" l="$LOG/documentdb-build.log"
  export PKG_CONFIG_PATH="$DEPS/lib/pkgconfig"
  : >"$l"
  for sub in pg_documentdb_core pg_documentdb; do
    make -C "$d/$sub" -j"$(jobs_n)" PG_CONFIG="$PG_CONFIG" >>"$l" 2>&1 || die "documentdb ($sub) build failed, see $l"
    make -C "$d/$sub" PG_CONFIG="$PG_CONFIG" install >>"$l" 2>&1 || die "documentdb ($sub) install failed, see $l"
  done
  touch "$STAMPS/documentdb-$ver"
}

ferretdb_step() {
  if [ -x "$BIN/ferretdb" ] && "$BIN/ferretdb" --version 2>/dev/null | grep -q "version: $FERRETDB_VERSION\$"; then
    log "ferretdb $FERRETDB_VERSION already built"; return 0
  fi
  command -v go >/dev/null || die "go not found: FerretDB $FERRETDB_VERSION needs Go >= 1.24 (Debian 12 only has 1.19)"
  local gv; gv=$(go env GOVERSION | sed 's/^go//')
  [ "$(printf '%s\n1.24\n' "$gv" | sort -V | head -1)" = "1.24" ] || die "go $gv too old; need >= 1.24"
  local w="$BUILD/ferretdb-fetch"; rm -rf "$w" "$BUILD/ferretdb"; mkdir -p "$w"
  export GOTOOLCHAIN=local GOFLAGS=-mod=mod
  ( cd "$w" && go mod init fetch >/dev/null 2>&1 \
      && go mod download -json "github.com/FerretDB/FerretDB/v2@$FERRETDB_VERSION" > dl.json ) || die "go mod download failed"
  local dir; dir=$(sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p' "$w/dl.json")
  [ -d "$dir" ] || die "module dir not found"
  cp -a "$dir" "$BUILD/ferretdb"; chmod -R u+w "$BUILD/ferretdb"
  # v2.5.0's cmd/ferretdb/gomaxprocs.go is '//go:build !go1.25' with no counterpart, so any Go >= 1.25
  # fails with 'undefined: setGOMAXPROCS'. Dropping the constraint keeps the automaxprocs behaviour.
  sed -i 's|^//go:build !go1.25$|// go:build constraint removed by install.sh|' "$BUILD/ferretdb/cmd/ferretdb/gomaxprocs.go"
  echo "$FERRETDB_VERSION" > "$BUILD/ferretdb/build/version/version.txt"
  mkdir -p "$BIN"
  ( cd "$BUILD/ferretdb" && go build -trimpath -o "$BIN/ferretdb" ./cmd/ferretdb ) >"$LOG/ferretdb-build.log" 2>&1 \
    || die "go build failed, see $LOG/ferretdb-build.log"
}

cmd_install() {
  VENDOR="$(cd "${1:?usage: install.sh install VENDOR_DIR}" && pwd)"
  for t in documentdb pgvector pg_cron mongo-c-driver; do
    [ -d "$VENDOR/$t" ] || die "$VENDOR/$t missing"
  done
  mkdir -p "$DEPS/lib/pkgconfig" "$BUILD" "$BIN" "$STAMPS" "$LOG"
  local T0; T0=$(date +%s)
  step apt              apt_step
  step libbson-1.28     libbson_step
  step pg_cron-1.6.3    pgext_step pg_cron  pg_cron  pg_cron.so
  step pgvector-0.8.0   pgext_step pgvector pgvector vector.so OPTFLAGS=
  step documentdb       documentdb_step
  step ferretdb         ferretdb_step
  log "install done in $(( $(date +%s) - T0 )) s; ferretdb: $("$BIN/ferretdb" --version | head -1)"
}

# ---------------------------------------------------------------- run
uri() { echo "mongodb://127.0.0.1:${MONGO_PORT}/"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_running() { [ -f "$PGDATA/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
ferret_running() { [ -f "$FERRET_PID" ] && kill -0 "$(cat "$FERRET_PID")" 2>/dev/null; }

init_cluster() {
  [ -f "$PGDATA/PG_VERSION" ] && return 0
  mkdir -p "$DOCDB_HOME/pg" "$RUN" "$LOG"
  if [ "$(id -u)" = 0 ]; then
    chown "$PG_USER": "$DOCDB_HOME/pg" "$RUN"
    runuser -u "$PG_USER" -- test -x "$DOCDB_HOME/pg" || die "user $PG_USER cannot reach $DOCDB_HOME (set DOCDB_HOME to a path it can traverse)"
  fi
  chmod 700 "$DOCDB_HOME/pg"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$LOG/initdb.log" 2>&1 \
    || die "initdb failed, see $LOG/initdb.log"
  echo "include = 'docdb.conf'   # written by install.sh on every start" >> "$PGDATA/postgresql.conf"
}

# settings from DocumentDB's packaging/10-preload.sh; loopback only; rewritten on every start
write_conf() {
  cat > "$PGDATA/docdb.conf" <<EOF
listen_addresses = '127.0.0.1'
port = ${PG_PORT}
unix_socket_directories = '${RUN}'
shared_preload_libraries = 'pg_cron,pg_documentdb_core,pg_documentdb'
cron.database_name = 'postgres'
documentdb.enableCompact = true
documentdb.enableLetAndCollationForQueryMatch = true
documentdb.enableNowSystemVariable = true
documentdb.enableSortbyIdPushDownToPrimaryKey = true
documentdb.enableSchemaValidation = true
documentdb.enableBypassDocumentValidation = true
documentdb.enableUserCrud = true
documentdb.maxUserLimit = 100
# FerretDB v2.5.0 advertises maxWriteBatchSize=100000 in hello, DocumentDB's default cap is 25000:
# without this, drivers send insert_many batches of up to 100000 and get
# 'Write batch sizes must be between 1 and 25000' (code 16).
documentdb.maxWriteBatchSize = 100000
documentdb.enableFileBasedPersistedCursors = true
documentdb.useFileBasedPersistedCursors = true
EOF
  [ "$(id -u)" = 0 ] && chown "$PG_USER": "$PGDATA/docdb.conf"
  return 0
}

cmd_start() {
  [ -x "$BIN/ferretdb" ] || die "not installed: run install.sh install VENDOR_DIR"
  mkdir -p "$LOG" "$RUN"
  init_cluster
  write_conf
  [ "$(id -u)" = 0 ] && chown "$PG_USER": "$RUN" && touch "$LOG/postgres.log" && chown "$PG_USER": "$LOG/postgres.log"
  if ! pg_running; then
    port_open "$PG_PORT" && die "127.0.0.1:${PG_PORT} is already in use by another process (set PG_PORT)"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOG/postgres.log" -w -t 60 start >/dev/null || die "postgres failed to start, see $LOG/postgres.log"
  fi
  as_pg "$PGBIN/psql" -X -q -h "$RUN" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c 'CREATE EXTENSION IF NOT EXISTS documentdb CASCADE;' >/dev/null 2>"$LOG/create-extension.log" \
    || die "CREATE EXTENSION documentdb failed, see $LOG/create-extension.log"
  if ! ferret_running; then
    port_open "$MONGO_PORT" && die "127.0.0.1:${MONGO_PORT} is already in use by another process (set MONGO_PORT)"
    mkdir -p "$DOCDB_HOME/ferretdb-state"
    nohup "$BIN/ferretdb" \
      --postgresql-url="postgres://postgres@127.0.0.1:${PG_PORT}/postgres" \
      --listen-addr="127.0.0.1:${MONGO_PORT}" \
      --no-auth --telemetry=disable --debug-addr=- \
      --state-dir="$DOCDB_HOME/ferretdb-state" --log-level=warn \
      >>"$LOG/ferretdb.log" 2>&1 < /dev/null &
    echo $! > "$FERRET_PID"
    local i
    for i in $(seq 1 100); do
      port_open "$MONGO_PORT" && break
      ferret_running || die "ferretdb exited, see $LOG/ferretdb.log"
      sleep 0.1
    done
    port_open "$MONGO_PORT" || die "ferretdb not listening on ${MONGO_PORT}, see $LOG/ferretdb.log"
    sleep 0.3; ferret_running || die "ferretdb exited, see $LOG/ferretdb.log"
  fi
  uri
}

cmd_stop() {
  if ferret_running; then
    local pid; pid=$(cat "$FERRET_PID"); kill "$pid"
    local i; for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$FERRET_PID"
  if pg_running; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; fi
  log "stopped"
}

cmd_status() {
  ferret_running && echo "ferretdb: running pid $(cat "$FERRET_PID") $(uri)" || echo "ferretdb: stopped"
  pg_running && echo "postgres: running port $PG_PORT data $PGDATA" || echo "postgres: stopped"
}

case "${1:-}" in
  install) shift; cmd_install "$@" ;;
  start)   cmd_start ;;
  stop)    cmd_stop ;;
  uri)     uri ;;
  status)  cmd_status ;;
  *) echo "usage: $0 install VENDOR_DIR | start | stop | uri | status" >&2; exit 2 ;;
esac
