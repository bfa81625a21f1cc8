# shellcheck shell=bash
# Writes the markdown report of one benchmark run. Sourced by run.sh; reads the run's
# results file (one bench-result line per scenario, from report.lua) and the run's variables.

# value <scenario> <key>: a field of a scenario's result line, empty if there is none (a scenario
# without an nginx reference has no nginx/<scenario> line: not an error under set -e).
value() {
  awk -v s="scenario=$1" -v k="$2=" '$1 == "bench-result" && $2 == s {
    for (i = 3; i <= NF; i++) if (index($i, k) == 1) { print substr($i, length(k) + 1); exit } }' "$RESULTS" 2>/dev/null || true
}

# calc <awk expression>: floating-point arithmetic and comparisons (prints 1/0 for a comparison).
calc() { awk "BEGIN { print ($1) }"; }

# ratio_to_nginx <scenario>: its req/s over nginx's serving the same bytes (nginx/<scenario>), or n/a.
ratio_to_nginx() {
  local rps ref
  rps=$(value "$1" rps)
  ref=$(value "nginx/$1" rps)
  if [[ -z $ref || -z $rps ]]; then echo "n/a"; else calc "sprintf(\"%.3f\", $rps / $ref)"; fi
}

# errors <scenario>: "none" or what went wrong.
errors_of() {
  local s=$1 unexpected socket preflight expect parts=()
  unexpected=$(value "$s" unexpected_status)
  socket=$(value "$s" socket_errors)
  preflight=$(value "$s" preflight)
  expect=$(value "$s" expect)
  [[ ${unexpected:-0} == 0 ]] || parts+=("$unexpected responses not $expect (first: $(value "$s" first_unexpected))")
  [[ ${socket:-0} == 0 ]] || parts+=("$socket socket errors")
  [[ $preflight == "$expect" ]] || parts+=("preflight answered $preflight")
  if ((${#parts[@]} == 0)); then echo "none"; else
    local IFS=';'
    echo "**FLAGGED**: ${parts[*]}"
  fi
}

# A markdown cell for a byte count: 9.8 KB, 195 KB, 0.
bytes_cell() {
  case $1 in
    "" | varies) echo "${1:--}" ;;
    *) calc "$1 < 1000 ? $1 : ($1 < 100000 ? sprintf(\"%.1f KB\", $1 / 1000) : sprintf(\"%d KB\", $1 / 1000))" ;;
  esac
}

# reference_errors <scenario>: "none" or what went wrong in its nginx reference run, including a
# body that is not the size of the one the scenario got when it was measured (a 304 has none).
reference_errors() {
  local s=$1 e
  e=$(errors_of "nginx/$s")
  if [[ $(value "$s" expect) == 200 && $(value "nginx/$s" bytes) != "$(value "$s" bytes)" ]]; then
    [[ $e != none ]] || e=""
    e="$e${e:+; }**FLAGGED**: $(value "nginx/$s" bytes) bytes, the scenario got $(value "$s" bytes)"
  fi
  echo "$e"
}

scenario_rows() {
  local s nginx errors
  echo "| scenario | request | expect | body | req/s | nginx req/s, same body | × nginx | p50 ms | p90 ms | p99 ms | p99.9 ms | requests | errors |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  sed -n 's/^bench-result scenario=\([^ ]*\) .*/\1/p' "$RESULTS" | grep -v '^nginx/' | while read -r s; do
    nginx=$(value "nginx/$s" rps)
    errors=$(errors_of "$s")
    [[ $errors != none ]] || errors=""
    if [[ -n $nginx && $(reference_errors "$s") != none ]]; then
      errors="$errors${errors:+; }nginx reference: $(reference_errors "$s")"
    fi
    # shellcheck disable=SC2016 # the backquotes are markdown
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$s" "$(cat "$RUN_DIR/request-$s.txt")" \
      "$(value "$s" expect)" "$(bytes_cell "$(value "$s" bytes)")" "$(value "$s" rps)" "${nginx:-—}" \
      "$([[ -n $nginx ]] && ratio_to_nginx "$s" || echo —)" \
      "$(value "$s" p50_ms)" "$(value "$s" p90_ms)" "$(value "$s" p99_ms)" "$(value "$s" p999_ms)" \
      "$(value "$s" requests)" "${errors:-none}"
  done
}

# target <label> <metric> <limit> <scenario|-|service> <db|any> <note>: one row of the Targets table.
target() {
  local label=$1 metric=$2 limit=$3 s=$4 only=$5 note=$6 goal measured="" ok status
  case $metric in
    ratio) goal="≥ ${limit}× nginx" ;;
    rps) goal="≥ $limit req/s" ;;
    p99) goal="p99 ≤ $limit ms" ;;
    ready) goal="≤ $limit ms" ;;
    rss) goal="≤ $limit MB" ;;
  esac
  if [[ $only != any && $only != "$DB" ]]; then
    status="n/a (measured on $only)"
  elif [[ $s == - ]]; then
    status="n/a yet"
  elif [[ $s != service && -z $(value "$s" rps) ]]; then
    status="n/a (scenario $s did not run)"
  else
    case $metric in
      ratio) measured=$(ratio_to_nginx "$s") ;;
      rps) measured=$(value "$s" rps) ;;
      p99) measured=$(value "$s" p99_ms) ;;
      ready) measured=$READY_MS ;;
      rss) measured=$RSS_MB ;;
    esac
    if [[ -z $measured || $measured == n/a ]]; then
      status="n/a (no nginx reference)"; measured=""
    else
      case $metric in ratio | rps) ok=$(calc "$measured >= $limit") ;; *) ok=$(calc "$measured <= $limit") ;; esac
      if [[ $ok == 1 ]]; then status="met"; else status="**not met**"; fi
      case $metric in p99) measured="$measured ms" ;; ready) measured="$measured ms" ;; rss) measured="$measured MB" ;; esac
      [[ $s == service ]] || measured="$measured ($s)"
      [[ $(errors_of "$s") == none || $s == service ]] || status="$status, flagged"
      [[ $metric != ratio || $(reference_errors "$s") == none ]] || status="$status, reference flagged"
    fi
  fi
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$goal" "${measured:--}" "$status" "$note"
}

# The dataset as loaded: counts from the service's answers (dataset.sh, counts.txt).
# How long each cold scenario was warmed up: "search-cold 60 s, …".
warm_ups() {
  awk '{ printf "%s%s %s s", (NR > 1 ? ", " : ""), $1, $2 }' "$RUN_DIR/warm-ups.txt"
}

dataset_description() {
  count_of() { dataset_count "$DATA" "$1"; }
  # shellcheck disable=SC2016 # the backquotes are markdown
  printf '%s clinics through `POST /v1/manage/clinics`, %s of them in three locales (%s); ' \
    "$(count_of clinics)" "$(count_of locale_clinics)" "${DATASET_LOCALES// /, }"
  # shellcheck disable=SC2016
  printf '%s published articles through `POST /v1/manage/clinics/{clinic}/import`: %s per clinic (copies of the demo articles, every block type) and %s translations (every %sth article of a three-locale clinic in its two other locales: title and excerpt marked, body a copy); ' \
    "$(count_of articles)" "$ARTICLES" "$(count_of translations)" "$DATASET_TRANSLATE_EVERY"
  # shellcheck disable=SC2016
  printf '%s syndication grants and %s placements through `POST /v1/manage/syndication-grants` and `…/syndications` (%s articles, every %sth of each clinic, each on the next %s clinics under its own slug); ' \
    "$(count_of grants)" "$(count_of placements)" "$(count_of syndicated_articles)" "$DATASET_SYNDICATE_EVERY" "$DATASET_SYNDICATION_TARGETS"
  # shellcheck disable=SC2016
  printf 'plus the demo network. Scenarios read `%s`, its article `%s` and `%s` syndicated onto it' \
    "$SLUG" "$ARTICLE" "${SYNDICATED:-none}"
}

write_report() {
  local out=$1
  {
    echo "# Benchmark report: $DB"
    echo
    echo "The clinic delivery endpoints under load, against issue 7's targets."
    echo "Generated by \`bash src/bench/run.sh$ARGS\`; numbers from a single short run."
    [[ -z $NOTE ]] || { echo; echo "**Note:** $NOTE"; }
    echo
    echo "## Run"
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
    echo "| git commit | \`$COMMIT\` |"
    echo "| machine | $CPU_COUNT × $CPU_MODEL, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr) |"
    echo "| load average (1 min) | $LOAD_BEFORE before the run, $LOAD_AFTER after it |"
    echo "| Java | $JAVA_VERSION, options \`$BENCH_JAVA_OPTS\` and MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX: the container's JAVA_OPTS in the 512Mi a pod gets in deploy/k8s (MaxRAM stands for the container limit, see services.sh); AppCDS archive written by a training run (deploy/cds-train.sh, as the image does) used at the judged start: $CDS_USED |"
    echo "| database | $DB_DESCRIPTION |"
    echo "| dataset | $(dataset_description) |"
    echo "| load | wrk ($WRK_VERSION) on 127.0.0.1: $THREADS thread(s), $CONNECTIONS connections, every scenario warmed up (discarded) before any is measured: a cached one for $WARMUP, a cold one (paths file) in 10 s slices of URIs of their own until three slices in a row were within 5%, at most ${COLD_WARMUP_MAX} s ($(warm_ups)), and one more slice right before it is measured; then each measured for $DURATION; every response's status checked |"
    echo "| static reference | $NGINX_DESCRIPTION |"
    echo "| service settings | rate limits off, access log off; demo content loaded on the first start (the dataset copies it), off on the judged restart and the scenarios, as the image runs |"
    echo
    echo "## Startup and memory"
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| ready after a restart on the loaded dataset (process start → \`/q/health/ready\` 200; judged) | $READY_MS ms |"
    echo "| Quarkus \"started in\", that restart | ${STARTED_IN:-not logged} |"
    echo "| ready on first start (fresh database: migrations and demo content included) | ${FIRST_READY_MS:-?} ms |"
    echo "| Quarkus \"started in\", first start | ${FIRST_STARTED_IN:-not logged} |"
    echo "| RSS after the scenarios (VmRSS) | $RSS_MB MB |"
    echo
    echo "## Scenarios"
    echo
    echo "Each cached scenario is compared with nginx serving **that scenario's own response**: after the"
    echo "warm-up its body was fetched with curl and saved, byte for byte, as a file nginx serves with the"
    echo "Content-Type the service sent; nginx was measured on it with the same wrk settings right after the"
    echo "scenario (\"nginx req/s, same body\"; \"× nginx\" is the scenario's req/s over that). A 304 scenario's"
    echo "reference is nginx answering a 304 to \`If-None-Match\` with its own ETag of that file. Headers are"
    echo "each server's own. Cold scenarios (a path list) have no static equivalent: judged in req/s."
    echo
    scenario_rows
    echo
    echo "Searches: \`search-cold\` and \`search-cold-cards\` ask each clinic's six searches under URIs never"
    echo "asked before, so the delivery cache misses every one; the service ranked those searches during the"
    echo "warm-up, though, and keeps a search's ranking until content changes or for 5 minutes (\`SearchRankings\`),"
    echo "as it does for a site's next pages and tracking parameters. Since the other scenarios take longer"
    echo "than that, every cold scenario gets one more 10 s slice of URIs of its own right before it is measured,"
    echo "as a steady load would keep its rankings. \`search-new-cards\` asks searches the service has"
    echo "never ranked (each word and word pair of the articles, on each clinic): what a query costs the first time."
    echo
    echo "## Targets (issue 7)"
    echo
    echo "| target | goal | measured | status | note |"
    echo "| --- | --- | --- | --- | --- |"
    targets
  } >"$out"
}
