#!/bin/sh
# Times rapper and our RDF code on the same 1,000,000-triple news data, in one run.
#   bench/compare-rapper.sh [TRIPLES] [BENCHMARK ARGS...]
# 1. gen_news_ttl.py (../shared/bench) writes the Turtle; rapper turns it into N-Triples, timed.
# 2. rapper reads that N-Triples file and writes N-Triples and Turtle, timed.
# 3. Our benchmarks (bench/Graph.Benchmarks, Rdf classes) run on the very same N-Triples file
#    (KG_BENCH_NT), short jobs; then the `memory` mode prints bytes per triple of the dataset.
# Figures are wall-clock and user CPU seconds on this machine as it is loaded at the time: compare
# the rows of one run with each other, not with other runs.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
triples=${1:-1000000}
[ $# -gt 0 ] && shift
work=${KG_BENCH_DIR:-/tmp/kg-bench}
mkdir -p "$work"
ttl="$work/news-$triples.ttl"
nt="$work/news-$triples.nt"
generator="$here/../shared/bench/gen_news_ttl.py"
command -v rapper >/dev/null || { echo "rapper is missing: apt-get install -y raptor2-utils" >&2; exit 1; }

if [ ! -s "$ttl" ]; then
  python3 "$generator" --triples "$triples" -o "$ttl"
fi

rate() { # seconds -> triples per second
  awk -v n="$triples" -v s="$1" 'BEGIN { if (s > 0) printf "%.2f M triples/s", n / s / 1e6; else print "n/a" }'
}

timed() { # label, command...
  label=$1; shift
  /usr/bin/time -f "%e %U" -o "$work/time" "$@"
  read -r wall user < "$work/time"
  printf '%-34s wall %6.2f s  user %6.2f s  = %s wall, %s user\n' "$label" "$wall" "$user" "$(rate "$wall")" "$(rate "$user")"
}

echo "== rapper $(rapper --version) on $triples triples; load: $(cut -d' ' -f1-3 /proc/loadavg)"
timed "rapper turtle -> ntriples" sh -c "rapper -q -i turtle -o ntriples '$ttl' > '$nt'"
timed "rapper ntriples -> ntriples" sh -c "rapper -q -i ntriples -o ntriples '$nt' > /dev/null"
timed "rapper ntriples -> turtle" sh -c "rapper -q -i ntriples -o turtle '$nt' > /dev/null"

if [ "$triples" -ne 1000000 ]; then
  echo "(the .NET benchmarks count 1,000,000 triples per operation: run them with the default size)"
  exit 0
fi

echo "== ours (BenchmarkDotNet, Op/s = triples/s), same file: $nt"
cd "$here"
export KG_BENCH_NT="$nt"
# The RDF classes run in process (RdfBenchmarkConfig): a separate build can outlast BenchmarkDotNet's limit here.
dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*Rdf.NTriplesBenchmarks*' '*Rdf.TurtleWriteBenchmarks*' '*Rdf.DatasetBenchmarks*' "$@"
echo "== ours, memory"
dotnet run -c Release --project bench/Graph.Benchmarks -- memory
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
