#!/usr/bin/env bash
# Start-up benchmark: JVM and native side by side. Starts Caretaker RUNS times each on a migrated database
# and prints, per variant, the median time from launch to the first UP answer of /q/health/ready (polled
# every 10 ms), the start time Quarkus logs, and the resident memory (RSS) once ready and after LOAD
# requests to the health and metrics endpoints.
#
#   bench/startup.sh                       # target/quarkus-app and target/*-runner, whichever exist
#   NATIVE=path/to/runner JVM_APP=path/to/quarkus-app bench/startup.sh
#
# Database: the machine's PostgreSQL (local socket as postgres; database caretaker_startup, created and
# migrated by a first start that is not measured). OIDC: an unreachable provider URL — Caretaker starts
# without its provider and connects on the first API request, so start-up does not wait for one here.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
LOAD=${LOAD:-500}
PORT=${BENCH_PORT:-18081}
DB=caretaker_startup
JVM_APP=${JVM_APP:-target/quarkus-app}
NATIVE=${NATIVE:-$(ls target/*-runner 2>/dev/null | head -n 1 || true)}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

as_postgres psql -q -c "drop database if exists $DB" -c "create database $DB"
as_postgres psql -q -d "$DB" -c "create extension if not exists pg_trgm"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
       QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:9/realms/none QUARKUS_HTTP_PORT=$PORT \
       CARETAKER_DEMO_DATA_ENABLED=true CARETAKER_SLA_CHECK_EVERY=off CARETAKER_KNOWLEDGE_REVIEW_CHECK_EVERY=off

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

# measure <name> <command...>: prints "<ms to ready> <quarkus seconds> <rss kB ready> <rss kB after load>"
measure() {
  local log; log=$(mktemp)
  local start; start=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "failed to start:" >&2; tail -n 20 "$log" >&2; exit 1; }
    sleep 0.01
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local rss_ready; rss_ready=$(ps -o rss= -p "$pid" | tr -d ' ')
  for _ in $(seq 1 "$LOAD"); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null
    curl -fs -H 'Accept: text/plain; version=0.0.4' "http://127.0.0.1:$PORT/q/metrics" >/dev/null
  done
  local rss_load; rss_load=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local quarkus; quarkus=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*' | head -n 1)
  rm -f "$log"
  echo "$ready ${quarkus:-?} $rss_ready $rss_load"
}

report() {
  local name=$1; shift
  measure "$@" > /dev/null   # first start: migrations and demo data, not measured
  local results=()
  for _ in $(seq 1 "$RUNS"); do results+=("$(measure "$@")"); done
  printf '%s\n' "${results[@]}" > "/tmp/startup-$name.txt"
  printf '%-7s launch→ready %5s ms (median of %d) | Quarkus "started in" %5ss | RSS ready %4s MB | RSS after %d×2 requests %4s MB\n' \
    "$name" "$(cut -d' ' -f1 "/tmp/startup-$name.txt" | median)" "$RUNS" \
    "$(cut -d' ' -f2 "/tmp/startup-$name.txt" | median)" \
    "$(( $(cut -d' ' -f3 "/tmp/startup-$name.txt" | median | cut -d. -f1) / 1024 ))" "$LOAD" \
    "$(( $(cut -d' ' -f4 "/tmp/startup-$name.txt" | median | cut -d. -f1) / 1024 ))"
}

echo "Caretaker start-up on $(nproc) cores; database $DB on PostgreSQL at 127.0.0.1:5432"
if [ -f "$JVM_APP/quarkus-run.jar" ]; then
  report jvm "$java_bin" -jar "$JVM_APP/quarkus-run.jar"
  echo "        JVM: $("$java_bin" -version 2>&1 | head -n 1), application $(du -sh "$JVM_APP" | cut -f1)"
fi
if [ -n "$NATIVE" ] && [ -x "$NATIVE" ]; then
  report native "$NATIVE"
  echo "        native executable $(du -h "$NATIVE" | cut -f1)"
fi
