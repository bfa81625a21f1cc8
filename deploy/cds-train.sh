#!/usr/bin/env bash
# Writes the service's AppCDS archive from a training run: starts the packaged service with
# -XX:ArchiveClassesAtExit, waits until it is ready, sends it the requests a clinic site and a
# management client send (delivery reads, revalidation, search, snippet, feed, a management read,
# a problem response, the OpenAPI document), then stops it; the JVM writes the classes it loaded on
# its way out.
#
#   cd <application directory: quarkus-run.jar> && bash cds-train.sh <archive> [JVM options...]
#
# Why a training run: an archive of what only class loading at static init touches (what
# quarkus.appcds.generate writes) leaves out everything the start itself loads: Flyway, Hibernate's
# session factory, Vert.x and the HTTP layer, the first queries. With those archived too, a
# restart on the bench dataset gets ready about half a second sooner (README, "Benchmarks").
#
# The datasource comes from the environment (QUARKUS_DATASOURCE_JDBC_URL and friends), as for the
# service itself; it must be a database the run may write to and throw away: the run migrates it
# and loads the demo content. Used by deploy/Dockerfile (against a throwaway PostgreSQL in its
# training stage) and by src/bench/services.sh.
# The JVM uses the archive only when started the same way: same JVM build, from the same directory
# as `-jar quarkus-run.jar`, with the jars unchanged (size and modification time).
set -euo pipefail

if (($# < 1)); then
  echo "usage: cds-train.sh <archive> [JVM options...] (run in the directory of quarkus-run.jar)" >&2
  exit 2
fi
archive=$1
shift
port=${CDS_TRAINING_PORT:-18099}
base="http://127.0.0.1:$port"
log=$(mktemp)
# A bootstrap key of the run's own, for the management read; it lives only in the throwaway database.
key="cca_cdstrain_$(head -c 64 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c 48)"

rm -f "$archive"
env CLINICAPI_DEMO_ENABLED=true CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY=false \
  "CLINICAPI_SECURITY_BOOTSTRAP_KEY=$key" "QUARKUS_HTTP_PORT=$port" QUARKUS_HTTP_HOST=127.0.0.1 \
  java "$@" "-XX:ArchiveClassesAtExit=$archive" -jar quarkus-run.jar >"$log" 2>&1 &
pid=$!
# Stops the service (the JVM writes the archive as it exits), killing it if it has not exited in 60 s.
stop() {
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 600; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
fail() {
  stop
  echo "cds-train: $1; the service's log:" >&2
  tail -40 "$log" >&2
  exit 1
}

for ((waited = 0; ; waited++)); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready") != 200 ]] || break
  kill -0 "$pid" 2>/dev/null || fail "the service exited during start"
  ((waited < 1800)) || fail "the service was not ready after 180 s"
  sleep 0.1
done

first_slug() { curl -s "$1" | grep -o '"slug":"[^"]*"' | head -1 | sed 's/"slug":"\(.*\)"/\1/'; }
clinic=$(first_slug "$base/v1/clinics?limit=5")
[[ -n $clinic ]] || fail "no clinic in /v1/clinics (the demo content did not load)"
article=$(first_slug "$base/v1/clinics/$clinic/articles?limit=5")
[[ -n $article ]] || fail "no article in /v1/clinics/$clinic/articles"
etag=$(curl -s -o /dev/null -D - "$base/v1/clinics/$clinic/articles/$article" | tr -d '\r' | sed -n 's/^etag: //Ip')

# expect <status> <curl arguments...>: one request, which must answer that status.
requests=0
expect() {
  local want=$1 got
  shift
  got=$(curl -s -o /dev/null -w '%{http_code}' "$@")
  [[ $got == "$want" ]] || fail "${*: -1} answered $got, not $want"
  requests=$((requests + 1))
}
for round in 1 2 3; do
  expect 200 "$base/v1/clinics?limit=20"
  expect 200 "$base/v1/clinics/$clinic"
  expect 200 "$base/v1/clinics/$clinic/articles?limit=20"
  expect 200 "$base/v1/clinics/$clinic/articles?limit=20&fields=slug,title,excerpt,heroImage,author,publishedAt"
  expect 200 "$base/v1/clinics/$clinic/articles/$article?v=$round"
  expect 304 -H "If-None-Match: $etag" "$base/v1/clinics/$clinic/articles/$article"
  expect 200 "$base/v1/clinics/$clinic/articles?q=treatment+options&limit=10&v=$round"
  expect 200 "$base/v1/clinics/$clinic/articles?q=treatment&limit=10&fields=slug,title,excerpt,match&v=$round"
  expect 200 "$base/v1/clinics/$clinic/snippets?article=$article&maxLength=280"
  expect 200 "$base/v1/clinics/$clinic/feed.json"
  expect 200 -H "Authorization: Bearer $key" "$base/v1/manage/clinics?limit=5"
  expect 404 "$base/v1/clinics/no-such-clinic-cds-training"
  expect 200 "$base/q/openapi"
  expect 200 "$base/q/metrics"
done

stop
[[ -s $archive ]] || fail "the JVM wrote no archive at $archive"
echo "cds-train: wrote $archive ($(du -h "$archive" | cut -f1)) after $requests requests"
rm -f "$log"
