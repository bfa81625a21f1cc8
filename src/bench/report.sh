# Writes the markdown report of one benchmark run. Sourced by run.sh; reads the run's
# results file (one bench-result line per scenario, from report.lua) and the run's variables.

# value <scenario> <key>: a field of a scenario's result line, empty if there is none.
value() {
  grep "^bench-result scenario=$1 " "$RESULTS" 2>/dev/null | tr ' ' '\n' | sed -n "s/^$2=//p" | head -1
}

# calc <awk expression>: floating-point arithmetic and comparisons (prints 1/0 for a comparison).
calc() { awk "BEGIN { print ($1) }"; }

ratio_to_nginx() {
  local rps=$1 ref
  ref=$(value static-nginx rps)
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

scenario_rows() {
  local s
  echo "| scenario | request | expect | req/s | × nginx | p50 ms | p90 ms | p99 ms | p99.9 ms | requests | errors |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  sed -n 's/^bench-result scenario=\([^ ]*\) .*/\1/p' "$RESULTS" | while read -r s; do
    # shellcheck disable=SC2016 # the backquotes are markdown
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$s" "$(cat "$RUN_DIR/request-$s.txt")" \
      "$(value "$s" expect)" "$(value "$s" rps)" "$(ratio_to_nginx "$(value "$s" rps)")" \
      "$(value "$s" p50_ms)" "$(value "$s" p90_ms)" "$(value "$s" p99_ms)" "$(value "$s" p999_ms)" \
      "$(value "$s" requests)" "$(errors_of "$s")"
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
      ratio) measured=$(ratio_to_nginx "$(value "$s" rps)") ;;
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
    fi
  fi
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$goal" "${measured:--}" "$status" "$note"
}

# The dataset as loaded: counts from the service's answers (dataset.sh, counts.txt).
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
    echo "Baseline of the clinic delivery endpoints before the delivery cache exists (issue 7)."
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
    echo "| Java | $JAVA_VERSION${BENCH_JAVA_OPTS:+, options \`$BENCH_JAVA_OPTS\`} (JVM defaults otherwise: the heap limit follows the machine's memory, which RSS reflects) |"
    echo "| database | $DB_DESCRIPTION |"
    echo "| dataset | $(dataset_description) |"
    echo "| load | wrk ($WRK_VERSION) on 127.0.0.1: $THREADS thread(s), $CONNECTIONS connections, every scenario warmed up for $WARMUP (discarded), then each measured for $DURATION; every response's status checked |"
    echo "| static reference | $NGINX_DESCRIPTION |"
    echo "| service settings | rate limits off, access log off, demo content off |"
    echo
    echo "## Startup and memory"
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| ready (process start → \`/q/health/ready\` 200) | $READY_MS ms |"
    echo "| Quarkus \"started in\" | ${STARTED_IN:-not logged} |"
    echo "| RSS after the scenarios (VmRSS) | $RSS_MB MB |"
    echo
    echo "## Scenarios"
    echo
    echo "Throughput is also shown as a ratio of the static nginx reference (same bytes, same content type)."
    echo
    scenario_rows
    echo
    echo "## Targets (issue 7)"
    echo
    echo "| target | goal | measured | status | note |"
    echo "| --- | --- | --- | --- | --- |"
    targets
  } >"$out"
}
