#!/usr/bin/env bash
# Serving benchmark: notegraph serve against a standalone Fuseki server (jena-fuseki-server 5.6.0
# with fuseki-config.ttl) over the same TDB2 store, same machine, same run. ROUNDS rounds, each
# round once per server, alternating (notegraph, Fuseki, notegraph, ...), so a shared and noisy
# machine does not favour whichever runs first. A round: start the server process, send the cheap
# query every 20 ms until answered (start -> first answered query), WARMUP requests of warm-up,
# REQUESTS requests from CONCURRENCY clients (queries/s), stop the server. Prints each round and the
# medians.
#
#   bench/serve-throughput.sh                 # store: COPIES copies of ../shared/corpus/seeds
#   COPIES=200 ROUNDS=7 bench/serve-throughput.sh
#   STORE=DIR NO_MVN=1 bench/serve-throughput.sh   # DIR holds .notegraph/db already built (bench/run
#                                                  # does this); NO_MVN: the jars are built already
#
# Everything runs on 127.0.0.1; the servers are stopped by the load client, by their own process.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

COPIES=${COPIES:-40}            # copies of the seed notes (5 notes, ~7.5k triples each copy)
CONCURRENCY=${CONCURRENCY:-8}
REQUESTS=${REQUESTS:-8000}
WARMUP=${WARMUP:-10000}
ROUNDS=${ROUNDS:-5}
HEAP=${HEAP:--Xmx2g}
STORE=${STORE:-}                # a folder holding .notegraph/db: serve that store instead of building one
NO_MVN=${NO_MVN:-}

say() { printf '\n=== %s\n' "$*"; }

if [ -z "$NO_MVN" ]; then
  say "build (mvn -DskipTests package: the notegraph jar and the standalone Fuseki jar)"
  mvn -B -q -DskipTests package
  mvn -B -q dependency:copy@standalone-fuseki
fi
fuseki_jar=target/standalone/jena-fuseki-server.jar
[ -f "$fuseki_jar" ] || { echo "missing $fuseki_jar" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/notegraph-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ -n "$STORE" ]; then
  [ -d "$STORE/.notegraph/db" ] || { echo "STORE=$STORE holds no .notegraph/db" >&2; exit 1; }
  work_store=$(cd "$STORE" && pwd)
  say "store: $work_store/.notegraph/db (given)"
  db=$work_store/.notegraph/db
else
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
  work_store=$work
fi
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
range() { sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}'; }

round() {  # name, command...
  local name=$1; shift
  local out
  out=$("${client[@]}" round --url "$url" --query "$query" --cwd "$work_store" --log "$work/$name.log" \
        --concurrency "$CONCURRENCY" --requests "$REQUESTS" --warmup "$WARMUP" -- "$@")
  awk '/startup_seconds/ {print $2}' <<< "$out" >> "$work/$name.startup"
  awk '/^queries_per_second/ {print $2}' <<< "$out" >> "$work/$name.qps"
  printf '%-18s start->first answer %6s s   %s\n' "$name" "$(awk '/startup_seconds/ {print $2}' <<< "$out")" \
    "$(grep '^queries_per_second' <<< "$out")"
}

say "$ROUNDS alternating rounds: start, $WARMUP warm-up requests, $REQUESTS measured requests at $CONCURRENCY clients"
for r in $(seq 1 "$ROUNDS"); do
  round notegraph-serve "${serve_cmd[@]}"
  round standalone-fuseki "${fuseki_cmd[@]}"
done

say "summary ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); heap $HEAP; store $(du -sh "$db" | cut -f1), $([ -n "$STORE" ] && echo "$STORE" || echo "$COPIES x seeds"))"
for name in notegraph-serve standalone-fuseki; do
  printf '%-18s start->first answered query: median %s s (%s)   cheap query at %s clients: median %s queries/s (%s)\n' "$name" \
    "$(median < "$work/$name.startup")" "$(range < "$work/$name.startup")" "$CONCURRENCY" \
    "$(median < "$work/$name.qps")" "$(range < "$work/$name.qps")"
done
