#!/usr/bin/env bash
# Load + the three shared SPARQL queries, kg against Apache Jena arq (Debian's libapache-jena-java),
# on the same generated file in the same run. Reports load time, query times and peak memory for
# both, and the ratios.
#
#   bench/sparql-vs-jena.sh [TRIPLES]        (default 1000000; needs python3, java, /usr/bin/time)
#
# Debian's Jena 4.5 relocates its bundled Xerces classes to the package `xerces` but leaves their
# message bundles under org/apache/jena/ext/xerces, so Jena fails at start-up with "internal error"
# in XSSimpleTypeDecl. The workaround: copy those bundles to xerces/... in a folder put first on the
# classpath. Only the unversioned jar links are used, so no class is loaded twice.
set -euo pipefail

triples="${1:-1000000}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="${KG_SHARED_DIR:-$repo/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

data="$work/news.ttl"
python3 "$shared/bench/gen_news_ttl.py" --triples "$triples" -o "$data" 2>/dev/null

dotnet build "$repo/src/Graph.Cli" -c Release -v quiet -nologo >/dev/null
kg="$repo/src/Graph.Cli/bin/Release/net10.0/kg"

# Jena's classpath, with the Xerces bundle workaround.
mkdir -p "$work/jena-fix"
(cd "$work/jena-fix" && unzip -q /usr/share/java/jena-core.jar 'org/apache/jena/ext/xerces/*.properties' \
  && mkdir -p xerces && cp -r org/apache/jena/ext/xerces/* xerces/ && rm -rf org)
cp="$work/jena-fix"
for jar in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage \
  jena-dboe-trans-data jena-dboe-transaction jena-iri jena-shacl jena-shex jena-tdb jena-tdb2 jena-rdfconnection \
  commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection gson \
  jackson-annotations jackson-core jackson-databind jsonld-java httpclient httpcore protobuf thrift \
  titanium-json-ld jakarta.json-api slf4j-api guava; do
  [ -f "/usr/share/java/$jar.jar" ] && cp="$cp:/usr/share/java/$jar.jar"
done

# Runs a command under /usr/bin/time; sets elapsed (s) and rss (MB); keeps its stdout and stderr.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  read -r elapsed rss_kb <"$work/time"
  rss=$((rss_kb / 1024))
}

echo 'ASK {}' >"$work/empty.rq"
printf '%-14s %10s %10s %10s   %s\n' "step" "kg (s)" "jena (s)" "ratio" "peak MB kg / jena"

# Load: kg's own figure (parse + index); Jena's is a run of ASK {} (JVM start + load).
measure "$kg" query "$data" -f "$work/empty.rq" --results json --stats
kg_load=$(sed -n 's/.*loaded [0-9]* quads in \([0-9.]*\) s.*/\1/p' "$work/err"); kg_rss=$rss
measure java -Xmx1g -cp "$cp" arq.sparql --data "$data" --query "$work/empty.rq"
jena_load=$elapsed; jena_rss=$rss
printf '%-14s %10s %10s %9.1fx   %s / %s\n' "load" "$kg_load" "$jena_load" "$(echo "$jena_load / $kg_load" | bc -l)" "$kg_rss" "$jena_rss"

for q in q1_join q2_groupby q3_typecount; do
  measure "$kg" query "$data" -f "$shared/bench/$q.rq" --results tsv --stats
  kg_query=$(sed -n 's/.*query and output took \([0-9.]*\) s.*/\1/p' "$work/err"); kg_rss=$rss
  kg_rows=$(($(wc -l <"$work/out") - 1))
  measure java -Xmx1g -cp "$cp" arq.sparql --data "$data" --query "$shared/bench/$q.rq" --time
  jena_query=$(sed -n 's/^Time: \([0-9.]*\) sec.*/\1/p' "$work/err" "$work/out" | head -1); jena_rss=$rss
  printf '%-14s %10s %10s %9.1fx   %s / %s   (%s rows)\n' "$q" "$kg_query" "$jena_query" \
    "$(echo "$jena_query / $kg_query" | bc -l)" "$kg_rss" "$jena_rss" "$kg_rows"
done
echo "triples: $triples; machine load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min); $(nproc) cores"
