#!/usr/bin/env bash
# Search benchmark: generates a knowledge base of believable text (100 000 articles, 10 000 runbooks by
# default) into a PostgreSQL, starts Caretaker (the packaged JVM build) on it, and measures the `search`
# query through the GraphQL endpoint with 16 concurrent clients: p50, p95, p99 and throughput.
#
#   bench/search.sh              # reuses the generated database when it is there
#   FRESH=1 bench/search.sh      # drops and regenerates it
#
# The database server is a PostgreSQL cluster of the benchmark's own (the newest PostgreSQL installed under
# /usr/lib/postgresql, data in /var/tmp/caretaker-bench-pg, 127.0.0.1:5439), configured as a production
# server would be for this size (shared_buffers 1GB, random_page_cost 1.1 for SSDs); the machine's own
# server is left alone. It is stopped at the end; its data stays for the next run (delete the folder to
# drop it). All traffic stays on 127.0.0.1.
#
# Settings (environment): ARTICLES, RUNBOOKS, CLIENTS (16), DURATION seconds measured (60), WARMUP
# seconds (60: the JIT compiler is busy for minutes), THINK_MS (mean pause of the second measured run,
# 500), ROLES (engineer viewer), BENCH_PGDATA,
# BENCH_PGPORT (5439), BENCH_PORT (Caretaker, 18080), SKIP_BUILD=1 to use target/quarkus-app as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-100000}
RUNBOOKS=${RUNBOOKS:-10000}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
ROLES=${ROLES:-engineer viewer}
DB=caretaker_bench
PORT=${BENCH_PORT:-18080}
PGDATA_DIR=${BENCH_PGDATA:-/var/tmp/caretaker-bench-pg}
export PGHOST=127.0.0.1 PGPORT=${BENCH_PGPORT:-5439} PGUSER=postgres
work=target/bench
mkdir -p "$work"
say() { printf '\n== %s\n' "$*"; }

# A JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
java_bin=""
for d in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
  [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  if [ "${v:-0}" -ge 21 ]; then java_bin="$d/bin/java"; export JAVA_HOME="$d"; break; fi
done
[ -n "$java_bin" ] || { echo "No JDK 21+ found (set JAVA_HOME)." >&2; exit 1; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)." >&2; exit 1; }
# PostgreSQL refuses to run as root: run it as the postgres user then.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${FRESH:-}" = 1 ] && [ -d "$PGDATA_DIR" ]; then
  as_postgres "$pg_bin/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA_DIR"
fi
if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  as_postgres "$pg_bin/initdb" -D "$PGDATA_DIR" -U postgres -A trust --no-sync >/dev/null
fi
as_postgres "$pg_bin/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w start -o \
  "-p $PGPORT -c listen_addresses=127.0.0.1 -k /tmp -c shared_buffers=1GB -c effective_cache_size=4GB -c random_page_cost=1.1" >/dev/null
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; fi
  as_postgres "$pg_bin/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

say "Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -Atc 'select version()' postgres | cut -d, -f1), shared_buffers $(psql -Atc 'show shared_buffers' postgres); $("$java_bin" -version 2>&1 | head -n 1)"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  say "Packaging Caretaker (./mvnw package -DskipTests)"
  ./mvnw -q package -DskipTests
fi

fresh=no
if ! psql -Atc "select 1 from pg_database where datname = '$DB'" postgres | grep -q 1; then
  createdb "$DB"
  fresh=yes
fi

# Tokens: Caretaker verifies them with the public key it is started with; the load harness signs them.
if [ ! -f "$work/bench-key.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/bench-key.pem" 2>/dev/null
fi
public_key=$(openssl pkey -in "$work/bench-key.pem" -pubout | grep -v -- '-----' | tr -d '\n')

say "Starting Caretaker on $DB (log: $work/caretaker.log)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD="" \
QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=caretaker-bench \
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
  "$java_bin" -Xms512m -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$work/caretaker.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { tail -n 30 "$work/caretaker.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "Caretaker did not get ready" >&2; exit 1; }

articles_there=$(psql -Atc "select count(*) from article" "$DB")
if [ "$fresh" = yes ] || [ "$articles_there" -lt "$ARTICLES" ]; then
  if [ "$articles_there" -gt 0 ]; then
    echo "The database holds $articles_there articles, fewer than $ARTICLES: run with FRESH=1." >&2
    exit 1
  fi
  say "Generating $ARTICLES articles and $RUNBOOKS runbooks"
  owners=$(psql -qAtc "insert into app_user (subject, name, email, roles, first_seen_at, last_seen_at)
    select 'bench-author-' || n, (array['Ana Lima','Ben Okafor','Chen Wei','Dara Novak','Eli Marsh','Fatima Noor','Gus Berg'])[n],
           'author' || n || '@example.com', '{engineer}', now(), now() from generate_series(1, 7) n
    on conflict (subject) do update set name = excluded.name returning id" "$DB" | paste -sd,)
  started=$(date +%s)
  python3 bench/corpus.py --articles "$ARTICLES" --runbooks "$RUNBOOKS" --owners "$owners" \
    | psql -q -v ON_ERROR_STOP=1 "$DB" >/dev/null
  psql -q -c "vacuum analyze" "$DB"
  echo "generated and indexed in $(( $(date +%s) - started )) s"
fi

say "Corpus"
psql -c "select type, count(*) as documents, pg_size_pretty(sum(pg_column_size(document))) as tsvectors
         from search_document group by type order by type" "$DB"
psql -Atc "select 'database size ' || pg_size_pretty(pg_database_size('$DB'))
           || ', search index ' || pg_size_pretty(pg_relation_size('search_document_idx'))" "$DB"

say "Plan of the match, as search_matches() runs it (GIN index expected)"
psql -c "begin" -c "set local enable_seqscan = off" -c "explain (analyze, buffers, costs off, timing off, summary off)
         select count(*) from search_document d where d.document @@ websearch_to_tsquery('english', 'restore trading database')" -c "commit" "$DB"

# One token per client, roles in turn: RS256 JWTs signed with the key Caretaker trusts.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt() {
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"caretaker-bench","sub":"%s","preferred_username":"%s","name":"Bench %s","groups":["%s"],"iat":%d,"exp":%d}' \
    "$1" "$1" "$1" "$2" "$now" $((now + 7200)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$work/bench-key.pem" -binary | b64url)
  echo "$header.$payload.$signature"
}
read -r -a roles <<< "$ROLES"
: > "$work/tokens.txt"
for i in $(seq 0 $((CLIENTS - 1))); do
  role=${roles[$((i % ${#roles[@]}))]}
  jwt "bench-$role-$i" "$role" >> "$work/tokens.txt"
done

if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq wrk >/dev/null || true
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
load() { wrk -t2 -c"$CLIENTS" -d"$1"s --latency -s bench/search.lua "http://127.0.0.1:$PORT/graphql" -- bench/search-queries.txt "$work/tokens.txt" \
  | sed -n '/^requests /,$p'; }
say "Warm-up: $CLIENTS clients, $WARMUP s"
load "$WARMUP"
say "Each query alone (one client, median of 3, ms): the slowest and the median"
python3 - "http://127.0.0.1:$PORT/graphql" "$work/tokens.txt" bench/search-queries.txt <<'PY'
import json, statistics, sys, time, urllib.request
url, tokens, queries = sys.argv[1], open(sys.argv[2]).read().split(), [l.rstrip("\n") for l in open(sys.argv[3]) if l.strip() and not l.startswith("#")]
doc = open("bench/search-query.graphql").read()
solo = []
for q in queries:
    times = []
    for _ in range(3):
        body = json.dumps({"query": doc, "variables": {"query": q}}).encode()
        request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Authorization": "Bearer " + tokens[0]})
        t0 = time.perf_counter()
        answer = json.load(urllib.request.urlopen(request))
        times.append((time.perf_counter() - t0) * 1000)
    solo.append((statistics.median(times), answer["data"]["search"]["totalCount"], q))
solo.sort(reverse=True)
for ms, total, q in solo[:8]:
    print(f"  {ms:6.1f}  {total:6d} matches  {q}")
print(f"  median of all {len(solo)} queries: {statistics.median(s[0] for s in solo):.1f} ms")
PY
say "Measured: $CLIENTS clients, $DURATION s, each sending its next search as soon as it has an answer"
load "$DURATION" | tee "$work/search-result.txt"
say "Measured: $CLIENTS clients, $DURATION s, each pausing ${THINK_MS:-500} ms on average between searches (people typing)"
THINK_MS=${THINK_MS:-500} load "$DURATION" | tee -a "$work/search-result.txt"
say "For scale: $CLIENTS clients without pause, 20 s, asking only { viewer { id name } } (HTTP, token and GraphQL alone)"
SEARCH_DOCUMENT=bench/viewer-query.graphql load 20
