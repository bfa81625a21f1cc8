# shellcheck shell=bash
# Processes of a benchmark run: the packaged service (one build per database kind), a fresh
# PostgreSQL database, and nginx serving the static reference. Sourced by run.sh, which owns the
# state below and calls bench_cleanup from its EXIT trap.

SERVICE_PORT=18080
NGINX_PORT=18081
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}

SERVICE_PID=""
NGINX_DIR=""
PG_DB=""

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# Builds the service for one database kind (a build-time property) into target/bench/app-<db>, with
# the AppCDS archive of a training run, as the container image ships it (deploy/Dockerfile).
build_app() {
  local db=$1
  log "building the service for $db"
  ./mvnw -B -q package -DskipTests -Dformatter.skip=true -Dimpsort.skip=true -Dquarkus.datasource.db-kind="$db"
  rm -rf "target/bench/app-$db"
  mkdir -p target/bench
  # -a: the JVM refuses the AppCDS archive when a jar's modification time differs from the training run's.
  cp -a target/quarkus-app "target/bench/app-$db"
  train_cds "$db"
}

# Writes target/bench/app-<db>/app-cds.jsa with deploy/cds-train.sh, on a throwaway database of its
# own, with the JVM options the bench starts the service with. Without an archive (the training
# failed), the service starts without one and the report says so.
train_cds() {
  local db=$1 work training_db=""
  work=$(mktemp -d /tmp/clinic-bench-cds.XXXXXX)
  local -a env=(CLINICAPI_RATE_LIMIT_ENABLED=false CLINICAPI_ACCESS_LOG=false "QUARKUS_DATASOURCE_DB_KIND=$db")
  if [[ $db == postgresql ]]; then
    pg_ensure
    training_db="clinic_bench_cds_$(date +%s)_$$"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "CREATE DATABASE $training_db"
    env+=("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$training_db"
      "QUARKUS_DATASOURCE_USERNAME=$PG_USER" "QUARKUS_DATASOURCE_PASSWORD=${PG_PASSWORD:-}")
  else
    env+=("QUARKUS_DATASOURCE_JDBC_URL=jdbc:h2:file:$work/h2/cds;DB_CLOSE_ON_EXIT=FALSE")
  fi
  log "training run for the AppCDS archive ($db)"
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
  (cd "target/bench/app-$db" && exec env "${env[@]}" bash ../../../deploy/cds-train.sh app-cds.jsa ${BENCH_JAVA_OPTS}) >&2 \
    || log "the training run failed: the service starts without an AppCDS archive"
  if [[ -n $training_db ]]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS $training_db WITH (FORCE)" || true
  fi
  rm -rf "$work"
}

# Starts the machine's PostgreSQL cluster if it is not running.
pg_ensure() {
  if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; then
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
    fi
    for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && break; sleep 1; done
  fi
}

pg_create() {
  pg_ensure
  PG_DB="clinic_bench_$(date +%s)_$$"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "CREATE DATABASE $PG_DB"
}

pg_drop() {
  [[ -n $PG_DB ]] || return 0
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true
  PG_DB=""
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The JVM as the container runs it (deploy/Dockerfile JAVA_OPTS, MALLOC_ARENA_MAX) in the memory
# deploy/k8s gives a pod (512Mi). MaxRAM stands in for the container limit the JVM would see; in a
# 512Mi container the JVM also picks the serial collector by itself (less than 1792 MB of memory is
# not a "server-class machine"), which MaxRAM does not trigger, hence -XX:+UseSerialGC here.
# BENCH_JAVA_OPTS replaces these options.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:MaxRAM=512m -XX:InitialRAMPercentage=35 -XX:MaxRAMPercentage=35 -XX:SurvivorRatio=3 -XX:TrimNativeHeapInterval=5000 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Starts the service of <db>, waits until it is ready and sets READY_MS (process start to
# /q/health/ready = 200) and STARTED_IN (what Quarkus logs). With <reuse> = reuse, it starts on the
# database of the previous start (a restart with the dataset loaded); otherwise on a fresh one.
start_service() {
  local db=$1 dir=$2 key=$3 reuse=${4:-} start now
  port_free "$SERVICE_PORT" || { log "port $SERVICE_PORT is taken; stop what runs there"; return 1; }
  # Demo content on the first start only: its catalog, people and articles are what the article
  # dataset copies. A restart runs as the image does (deploy/Dockerfile: CLINICAPI_DEMO_ENABLED=false).
  # Import documents of 100 articles exceed the default 1 MiB body limit.
  local demo=true
  [[ $reuse != reuse ]] || demo=false
  local -a env=(CLINICAPI_RATE_LIMIT_ENABLED=false CLINICAPI_ACCESS_LOG=false "CLINICAPI_DEMO_ENABLED=$demo"
    QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=32M
    CLINICAPI_SECURITY_GENERATE_BOOTSTRAP_KEY=false "CLINICAPI_SECURITY_BOOTSTRAP_KEY=$key"
    "QUARKUS_HTTP_PORT=$SERVICE_PORT" QUARKUS_HTTP_HOST=127.0.0.1 "QUARKUS_DATASOURCE_DB_KIND=$db")
  if [[ $db == postgresql ]]; then
    [[ $reuse == reuse && -n $PG_DB ]] || pg_create
    env+=("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
      "QUARKUS_DATASOURCE_USERNAME=$PG_USER" "QUARKUS_DATASOURCE_PASSWORD=${PG_PASSWORD:-}")
  else
    env+=("QUARKUS_DATASOURCE_JDBC_URL=jdbc:h2:file:$dir/h2/bench;DB_CLOSE_ON_EXIT=FALSE")
  fi
  log "starting the service ($db)"
  local log_from=1
  [[ ! -f $dir/service.log ]] || log_from=$(($(wc -l <"$dir/service.log") + 1))
  start=$(date +%s%N)
  local -a cds=()
  if [[ -f target/bench/app-$db/app-cds.jsa ]]; then cds=(-XX:SharedArchiveFile=app-cds.jsa); fi
  # Started in the application's directory as `-jar quarkus-run.jar`, as the image does: the AppCDS
  # archive records the class path exactly as it was given when the archive was written, and the
  # JVM ignores the archive (with a warning) when the jar is named any other way.
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
  (cd "target/bench/app-$db" && exec env "${env[@]}" java ${BENCH_JAVA_OPTS} "${cds[@]}" -jar quarkus-run.jar) \
    >>"$dir/service.log" 2>&1 &
  SERVICE_PID=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SERVICE_PORT/q/health/ready") == 200 ]]; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "the service exited during start:"; tail -20 "$dir/service.log" >&2; return 1
    fi
    now=$(date +%s%N)
    if (((now - start) / 1000000000 > 120)); then log "the service was not ready after 120 s"; return 1; fi
    sleep 0.05
  done
  now=$(date +%s%N)
  READY_MS=$(((now - start) / 1000000))
  STARTED_IN=$(grep -o 'started in [0-9.]*s' "$dir/service.log" | tail -1 | sed 's/started in //')
  # Whether this start used the AppCDS archive: the JVM only warns when it cannot.
  CDS_USED=no
  if ((${#cds[@]})); then
    CDS_USED=yes
    if tail -n +"$log_from" "$dir/service.log" | grep -q 'Unable to use shared archive'; then
      CDS_USED="no (the JVM refused the archive: see the service log)"
    fi
  fi
  log "ready after $READY_MS ms (Quarkus: started in ${STARTED_IN:-?})"
}

stop_service() {
  [[ -n $SERVICE_PID ]] || return 0
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# Serves each file of <dir> named in <dir>/types.txt ("<name> <content type>" lines) as
# http://127.0.0.1:18081/<name> with that Content-Type, worker_processes auto.
start_nginx() {
  local dir=$1 name type locations=""
  port_free "$NGINX_PORT" || { log "port $NGINX_PORT is taken; no nginx reference"; return 1; }
  NGINX_DIR=$(mktemp -d /tmp/clinic-bench-nginx.XXXXXX)
  mkdir -p "$NGINX_DIR/www" "$NGINX_DIR/tmp"
  while read -r name type; do
    cp "$dir/$name" "$NGINX_DIR/www/$name"
    locations+="    location = /$name { default_type \"${type:-application/octet-stream}\"; }"$'\n'
  done <"$dir/types.txt"
  chmod -R a+rX "$NGINX_DIR"
  cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/tmp;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_DIR/www;
$locations  }
}
CONF
  nginx -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf"
}

stop_nginx() {
  [[ -n $NGINX_DIR ]] || return 0
  if [[ -f $NGINX_DIR/nginx.pid ]]; then
    nginx -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" -s quit 2>/dev/null || true
    for _ in $(seq 1 50); do [[ -f $NGINX_DIR/nginx.pid ]] || break; sleep 0.1; done
  fi
  rm -rf "$NGINX_DIR"
  NGINX_DIR=""
}

bench_cleanup() {
  stop_service
  stop_nginx
  pg_drop
}
