#!/usr/bin/env bash
# Benchmark harness of the delivery API (issue 7), one command from the repository root:
#
#   bash src/bench/run.sh [--db h2|postgresql|both] [--duration 20s] [--warmup 10s]
#                         [--cold-warmup-max 180] [--connections 32] [--threads 1]
#                         [--clinics 100] [--articles 100] [--note TEXT] [--skip-build]
#
# Builds the packaged service per database kind, starts it on 127.0.0.1:18080 with a fresh
# database, loads a dataset through the management API, drives wrk against each scenario of
# scenarios.sh and against nginx serving that scenario's own response bytes statically
# (127.0.0.1:18081), and writes src/bench/results/<db>-latest.md. Wall-clock numbers belong here,
# never in the Maven test suite.
# BENCH_JAVA_OPTS adds JVM options; PG_HOST/PG_PORT/PG_USER/PG_PASSWORD select the PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=src/bench

DBS=h2 DURATION=20s WARMUP=10s COLD_WARMUP_MAX=180 CONNECTIONS=32 THREADS=1 CLINICS=100 ARTICLES=100 NOTE="" SKIP_BUILD=false
ARGS=""
while (($#)); do
  case $1 in --note | --skip-build | -h | --help) ;; *) ARGS+=" $1 ${2:-}" ;; esac
  case $1 in
    --db) DBS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --cold-warmup-max) COLD_WARMUP_MAX=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --clinics) CLINICS=$2; shift 2 ;;
    --articles) ARTICLES=$2; shift 2 ;;
    --note) NOTE=$2; ARGS+=" --note …"; shift 2 ;;
    --skip-build) SKIP_BUILD=true; ARGS+=" $1"; shift ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case $DBS in h2 | postgresql) ;; both) DBS="h2 postgresql" ;; *) echo "--db is h2, postgresql or both" >&2; exit 2 ;; esac
if ((CLINICS < 2)); then echo "--clinics must be at least 2 (the cursor scenario reads page 2)" >&2; exit 2; fi
# List pages of 20, or half the dataset when it is smaller, so that a second page always exists.
PAGE=$((CLINICS > 40 ? 20 : CLINICS / 2))

# shellcheck source=src/bench/services.sh
source "$BENCH/services.sh"
# shellcheck source=src/bench/dataset.sh
source "$BENCH/dataset.sh"
# shellcheck source=src/bench/report.sh
source "$BENCH/report.sh"
# shellcheck source=src/bench/scenarios.sh
source "$BENCH/scenarios.sh"

RUN_DIR=""
cleanup() {
  bench_cleanup
  [[ -z $RUN_DIR ]] || rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools --------------------------------------------------------------------------------------
APT_UPDATED=false
apt_install() {
  if [[ $APT_UPDATED == false ]]; then apt-get update -qq && APT_UPDATED=true; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v java >/dev/null || apt_install openjdk-17-jdk-headless
command -v curl >/dev/null || apt_install curl
command -v wrk >/dev/null || apt_install wrk
command -v jq >/dev/null || apt_install jq
if [[ $DBS == *postgresql* ]] && ! command -v psql >/dev/null; then apt_install postgresql-client; fi
if ! command -v nginx >/dev/null; then
  apt_install nginx-light 2>/dev/null || apt_install nginx 2>/dev/null || log "nginx could not be installed: no static reference"
fi

# --- Build (the database kind is a build-time property) -----------------------------------------
chmod +x mvnw
for db in $(tr ' ' '\n' <<<"$DBS" | sort -r); do # h2 last, so target/quarkus-app stays the default build
  if [[ $SKIP_BUILD == true && -f target/bench/app-$db/quarkus-run.jar ]]; then
    log "reusing target/bench/app-$db (--skip-build)"
  else
    build_app "$db"
  fi
done

# --- Helpers for scenarios.sh -------------------------------------------------------------------
etag_of() { curl -s -o /dev/null -D - "$SERVICE$1" | tr -d '\r' | sed -n 's/^etag: //Ip'; }
# A page without a next page gives "none", which the service refuses: the scenario is flagged.
next_cursor() {
  local cursor
  cursor=$(curl -s "$SERVICE$1" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
  echo "${cursor:-none}"
}

# Cold scenarios (a paths file) run code the cached ones never reach: ranking, queries, rendering.
# On two cores the JIT needs one to two minutes of such load before their throughput settles (it
# doubled between the first and the third minute of cold searches, the C2 compiler taking a whole
# core meanwhile), so a fixed short warm-up measured the compiler, not the service. They are warmed
# up in 10 s slices until three slices in a row are within 5% of each other, at most
# $COLD_WARMUP_MAX s; each slice asks for URIs of its own (the paths' v=<n> becomes v=warm<slice>-<n>),
# so neither a warm-up slice nor the measured pass is served from the cache by an earlier one.
# Records "<name> <seconds> <last slice req/s>" in $RUN_DIR/warm-ups.txt for the report.
warm_up_cold() {
  local name=$1 expect=$2 paths=$3 slice=0 rps="" last="" lines
  lines=$(wc -l <"$paths")
  while ((slice * 10 < COLD_WARMUP_MAX)); do
    slice=$((slice + 1))
    # Each slice starts 5,000 paths further into the first half of the file, so a file whose lines
    # differ in more than v= (new searches) warms up on searches of its own; the measured pass walks
    # from the other end.
    rps=$(warm_up_slice "$name" "$expect" "$paths" "warm$slice" $((((slice - 1) * 5000) % (lines / 2 + 1))))
    log "warm-up $name: slice $slice: ${rps:-?} req/s"
    last=$(echo "$last ${rps:-0}" | awk '{ for (i = NF > 3 ? NF - 2 : 1; i <= NF; i++) printf "%s ", $i }')
    # Steady: three slices in a row, the slowest within 5% of the fastest.
    if echo "$last" | awk 'NF == 3 { min = $1; max = $1; for (i = 2; i <= 3; i++) { if ($i < min) min = $i; if ($i > max) max = $i }
        exit !(max > 0 && min >= 0.95 * max) } NF < 3 { exit 1 }'; then
      break
    fi
  done
  echo "$name $((slice * 10)) ${rps:-?}" >>"$RUN_DIR/warm-ups.txt"
}

# warm_up_slice <name> <expected status> <paths file> <tag> [skip]: one 10 s warm-up slice over the
# paths with v=<n> written v=<tag>-<n> (URIs of its own), walking from <skip> paths in; prints its req/s.
warm_up_slice() {
  local name=$1 expect=$2 paths=$3 tag=$4 skip=${5:-0}
  sed "s/\\([?&]\\)v=/\\1v=$tag-/" "$paths" >"$RUN_DIR/warm-up-paths.txt"
  BENCH_PASS=warm-up BENCH_PATHS_SKIP=$skip BENCH_PATHS_FILE="$RUN_DIR/warm-up-paths.txt" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -s "$BENCH/report.lua" -d10s \
    "$SERVICE$(head -1 "$RUN_DIR/warm-up-paths.txt")" -- "$name" "$expect" | sed -n 's/.* rps=\([0-9.]*\) .*/\1/p'
}

# scenario <name> <expected status> <url or @paths file> [header], in three passes over scenarios():
# - warm-up: load it for $WARMUP and discard the numbers (a cold scenario: see warm_up_cold);
# - reference: save the body it answers (for a 304 scenario, the 200 body of the same URL) and its
#   Content-Type under $RUN_DIR/reference, which nginx then serves as /<name>;
# - measure: check one response, measure it for $DURATION and record it; then, when nginx serves
#   its reference, measure nginx serving those bytes the same way (a 304 scenario sends nginx's own
#   ETag of the file in If-None-Match) and record that as nginx/<name>.
# A scenario over a paths file (cold reads) has no static reference: it is judged in req/s.
scenario() {
  local name=$1 expect=$2 url=$3 header=${4:-} preflight bytes shown paths="" etag
  local -a wrk_args=(-t"$THREADS" -c"$CONNECTIONS" -s "$BENCH/report.lua") curl_args=() nginx_args=()
  [[ -n $url ]] || { log "scenario $name skipped (no URL)"; return 0; }
  if [[ -n $header ]]; then curl_args+=(-H "$header"); fi
  if [[ $url == @* ]]; then
    paths=${url#@}
    url="$SERVICE$(head -1 "$paths")"
  fi
  case $PASS in
    warm-up)
      if [[ -n $paths ]]; then
        warm_up_cold "$name" "$expect" "$paths"
        return 0
      fi
      log "warm-up $name: $WARMUP"
      BENCH_PASS=warm-up BENCH_PATHS_FILE=$paths wrk "${wrk_args[@]}" "${curl_args[@]}" -d"$WARMUP" "$url" -- "$name" "$expect" >/dev/null
      return 0 ;;
    reference)
      [[ -z $paths ]] || return 0
      if [[ $expect == 304 ]]; then curl_args=(); fi
      curl -s -o "$RUN_DIR/reference/$name" -w "$name %{content_type}\n" "${curl_args[@]}" "$url" >>"$RUN_DIR/reference/types.txt"
      return 0 ;;
  esac
  if [[ -n $paths ]]; then
    # Minutes of other scenarios separate a cold scenario's warm-up from its measurement, and what
    # the service keeps for a time only (a search's ranking, for the delivery cache's time to live:
    # 5 min) has expired by then, all of it at once, which a steady load never sees: a site's
    # searches are asked again long before. One more 10 s slice, over URIs of its own and from the
    # start of the list (the measured pass walks from the end), restores the state of a steady load.
    log "warm-up $name again, right before measuring it: 10 s, $(warm_up_slice "$name" "$expect" "$paths" again) req/s"
  fi
  preflight=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${curl_args[@]}" "$url")
  log "scenario $name: $url${header:+ ($header)}: preflight ${preflight% *}, $DURATION"
  BENCH_PASS=measure BENCH_PATHS_FILE=$paths wrk "${wrk_args[@]}" "${curl_args[@]}" -d"$DURATION" "$url" -- "$name" "$expect" >"$RUN_DIR/wrk-$name.txt"
  shown="GET ${url#"$SERVICE"}"
  [[ $shown != *cursor=* ]] || shown="${shown%%cursor=*}cursor=<page 2>"
  [[ -z $paths ]] || shown="GET each path of $(basename "$paths")"
  [[ -z $header ]] || shown="$shown + ${header%%:*}"
  echo "$shown" >"$RUN_DIR/request-$name.txt"
  bytes=${preflight#* }
  [[ -z $paths ]] || bytes=varies
  echo "$(grep '^bench-result ' "$RUN_DIR/wrk-$name.txt") expect=$expect preflight=${preflight% *} bytes=$bytes" >>"$RESULTS"
  tail -1 "$RESULTS" >&2

  [[ -n $NGINX && -z $paths && -f $RUN_DIR/reference/$name ]] || return 0
  if [[ $expect == 304 ]]; then
    etag=$(curl -s -o /dev/null -D - "$NGINX/$name" | tr -d '\r' | sed -n 's/^etag: //Ip')
    nginx_args=(-H "If-None-Match: $etag")
  else
    nginx_args=("${curl_args[@]}")
  fi
  preflight=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${nginx_args[@]}" "$NGINX/$name")
  log "reference nginx/$name: $NGINX/$name: preflight ${preflight% *}, $DURATION"
  wrk "${wrk_args[@]}" "${nginx_args[@]}" -d"$DURATION" "$NGINX/$name" -- "nginx/$name" "$expect" >"$RUN_DIR/wrk-nginx-$name.txt"
  echo "$(grep '^bench-result ' "$RUN_DIR/wrk-nginx-$name.txt") expect=$expect preflight=${preflight% *} bytes=${preflight#* }" >>"$RESULTS"
  tail -1 "$RESULTS" >&2
}

# --- One run per database -----------------------------------------------------------------------
CPU_MODEL=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
CPU_COUNT=$(nproc)
JAVA_VERSION=$(java -version 2>&1 | head -1)
WRK_VERSION=$( (wrk -v 2>&1 || true) | head -1 | awk '{print $2}')
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml ':!src/bench/results' || echo " (uncommitted changes)")
SERVICE="http://127.0.0.1:$SERVICE_PORT"
mkdir -p "$BENCH/results"

for DB in $DBS; do
  RUN_DIR=$(mktemp -d /tmp/clinic-bench.XXXXXX)
  RESULTS=$RUN_DIR/results.txt
  : >"$RESULTS"
  : >"$RUN_DIR/warm-ups.txt"
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
  KEY="cca_$(tr -dc A-Za-z0-9 </dev/urandom | head -c12)_$(head -c32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"

  start_service "$DB" "$RUN_DIR" "$KEY"
  if [[ $DB == postgresql ]]; then
    DB_DESCRIPTION="PostgreSQL $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'SHOW server_version'), fresh database on $PG_HOST:$PG_PORT"
  else
    DB_DESCRIPTION="H2 (embedded, file in a fresh temp dir)"
  fi
  log "loading $CLINICS clinics"
  DATA=$RUN_DIR/dataset
  dataset_load_clinics "$SERVICE" "$KEY" "$CLINICS" "$DATA"
  SLUG=$(sed -n "$(((CLINICS + 1) / 2))p" "$DATA/clinic-slugs.txt")
  log "loading $ARTICLES published articles into each clinic, and translations"
  dataset_load_articles "$SERVICE" "$KEY" "$ARTICLES" "$DATA"
  log "syndicating every ${DATASET_SYNDICATE_EVERY}th article to $DATASET_SYNDICATION_TARGETS other clinics"
  dataset_load_syndication "$SERVICE" "$KEY" "$DATA"
  dataset_paths "$DATA"
  if [[ $DB == postgresql ]]; then
    # Planner statistics for the freshly loaded tables, as autovacuum gathers them on a live
    # database within a minute of a bulk load; without them PostgreSQL guesses one row per table.
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -q -c ANALYZE
  fi
  # Startup is judged as a replica starts in production: on a database with the dataset in it.
  FIRST_READY_MS=$READY_MS FIRST_STARTED_IN=$STARTED_IN
  stop_service
  start_service "$DB" "$RUN_DIR" "$KEY" reuse
  ARTICLE=$(grep -m1 "^/v1/clinics/$SLUG/articles/" "$DATA/article-paths.txt" | sed 's|.*/||')
  SYNDICATED=$(grep -m1 "^/v1/clinics/$SLUG/articles/" "$DATA/syndicated-paths.txt" | sed 's|.*/||' || true)

  # Every scenario is warmed up before any is measured, so the JIT has compiled the paths they
  # share and the first measured scenario does not pay for all of them.
  PASS=warm-up scenarios

  NGINX="" NGINX_DESCRIPTION="none (nginx not available): no ratios"
  if command -v nginx >/dev/null; then
    # Each scenario's reference is its own response, byte for byte, fetched after the warm-up.
    mkdir -p "$RUN_DIR/reference"
    : >"$RUN_DIR/reference/types.txt"
    PASS=reference scenarios
    if start_nginx "$RUN_DIR/reference"; then
      NGINX="http://127.0.0.1:$NGINX_PORT"
      NGINX_DESCRIPTION="$(nginx -v 2>&1 | sed 's/.*: //'), worker_processes auto ($CPU_COUNT here), access log off, sendfile; serves each cached scenario's own response body as a static file (see Scenarios)"
    fi
  fi
  PASS=measure scenarios
  RSS_MB=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVICE_PID/status")
  LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
  bench_cleanup

  write_report "$BENCH/results/$DB-latest.md"
  log "report: $BENCH/results/$DB-latest.md"
  cat "$BENCH/results/$DB-latest.md"
  rm -rf "$RUN_DIR"
  RUN_DIR=""
done
