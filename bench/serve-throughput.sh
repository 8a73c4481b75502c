#!/usr/bin/env bash
# Serving benchmark: notegraph serve against a standalone Fuseki server (jena-fuseki-server 5.6.0
# with fuseki-config.ttl) over the same TDB2 store, same machine, same run. Prints:
#   - seconds from starting the server process to its first answered query (median of STARTS runs);
#   - queries/s of a cheap query (papers by one author) at CONCURRENCY clients (median of REPS runs
#     of REQUESTS requests, after WARMUP requests), with latencies.
#
#   bench/serve-throughput.sh                 # store: COPIES copies of ../shared/corpus/seeds
#   COPIES=200 REQUESTS=20000 bench/serve-throughput.sh
#
# Everything runs on 127.0.0.1; the servers it starts are stopped by their own process ids.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

COPIES=${COPIES:-40}            # copies of the seed notes (5 notes, ~10k triples each copy)
CONCURRENCY=${CONCURRENCY:-8}
REQUESTS=${REQUESTS:-8000}
WARMUP=${WARMUP:-10000}
REPS=${REPS:-5}
STARTS=${STARTS:-5}
HEAP=${HEAP:--Xmx2g}

say() { printf '\n=== %s\n' "$*"; }

say "build (mvn -DskipTests package: the notegraph jar and the standalone Fuseki jar)"
mvn -B -q -DskipTests package
fuseki_jar=target/standalone/jena-fuseki-server.jar
[ -f "$fuseki_jar" ] || { echo "missing $fuseki_jar" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/notegraph-bench.XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

say "store: $COPIES copies of the seed notes"
seeds=../shared/corpus/seeds
include=()
if [ -d "$seeds" ]; then
  include=(--include '*.txt')
else
  echo "($seeds missing: using examples/notes)"
  seeds=examples/notes
fi
for i in $(seq 1 "$COPIES"); do
  mkdir -p "$work/notes/copy-$i"
  cp -r "$seeds"/. "$work/notes/copy-$i/"
done
db=$work/.notegraph/db
java $HEAP -jar target/notegraph.jar build --db "$db" "${include[@]}" "$work/notes"
du -sh "$db" | sed 's/^/store size: /'

# The cheap query: the papers of the author mentioned most often (index lookups; its answer does
# not grow with COPIES, since a paper is one resource however many notes mention it).
author=$(java -jar target/notegraph.jar query --db "$db" --format csv --sparql '
  PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
  PREFIX dcterms: <http://purl.org/dc/terms/>
  PREFIX ng: <https://w3id.org/notegraph#>
  SELECT ?name (COUNT(?m) AS ?n) WHERE { ?m a ng:Mention ; dcterms:creator ?a . ?a rdfs:label ?name }
  GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1' | sed -n 2p | sed 's/,[0-9]*\r\?$//; s/^"//; s/"$//')
query="PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX ng: <https://w3id.org/notegraph#>
SELECT DISTINCT ?paper ?title WHERE { ?a rdfs:label \"$author\" . ?paper a ng:Paper ; dcterms:creator ?a . OPTIONAL { ?paper dcterms:title ?title } }"
echo "cheap query: papers by \"$author\""

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url=http://127.0.0.1:$port/kg/query
client=(java bench/LoadClient.java)
serve_cmd=(java $HEAP -jar "$PWD/target/notegraph.jar" serve --db "$db" --port "$port")
fuseki_cmd=(java $HEAP -jar "$PWD/$fuseki_jar" --localhost --port "$port" --config "$PWD/fuseki-config.ttl")
export FUSEKI_BASE=$work/fuseki-run

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

startup() {  # name, command...
  local name=$1; shift
  local times=()
  for i in $(seq 1 "$STARTS"); do
    t=$("${client[@]}" startup --url "$url" --query "$query" --cwd "$work" --log "$work/$name.log" -- "$@" | awk '/startup_seconds/ {print $2}')
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" > "$work/$name.startup"
  echo "$name: start -> first answered query: median $(median < "$work/$name.startup") s (runs: ${times[*]})"
}

throughput() {  # name, command...
  local name=$1; shift
  (cd "$work" && exec "$@" >> "$work/$name.log" 2>&1) &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/\$/ping" && break
    sleep 0.1
  done
  "${client[@]}" load --url "$url" --query "$query" --concurrency "$CONCURRENCY" --requests "$REQUESTS" \
    --warmup "$WARMUP" --reps "$REPS" | tee "$work/$name.load"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

say "start to first answered query ($STARTS starts each)"
startup "notegraph-serve" "${serve_cmd[@]}"
startup "standalone-fuseki" "${fuseki_cmd[@]}"

say "throughput at $CONCURRENCY clients: notegraph serve"
throughput "notegraph-serve" "${serve_cmd[@]}"
say "throughput at $CONCURRENCY clients: standalone Fuseki (fuseki-config.ttl)"
throughput "standalone-fuseki" "${fuseki_cmd[@]}"

say "summary ($(nproc) cores; $(java -version 2>&1 | head -1); heap $HEAP; store $(du -sh "$db" | cut -f1), $COPIES x seeds)"
for name in notegraph-serve standalone-fuseki; do
  printf '%-18s start->first answer %s s (median of %s)   %s queries/s at %s clients %s\n' "$name" \
    "$(median < "$work/$name.startup")" "$STARTS" \
    "$(awk '/queries_per_second_median/ {print $2}' "$work/$name.load")" "$CONCURRENCY" \
    "$(awk '/queries_per_second_median/ {print $3, $4, $5, $6}' "$work/$name.load")"
done
