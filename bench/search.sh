#!/usr/bin/env bash
# Search as a reader meets it on a large handbook: what each query fetches and how soon its results
# show, in Chromium, with gzip as Netlify serves it and the CPU throttled.
#
#   bench/search.sh [SIZE]          default size: 4000 chapters
#
# Writes the synthetic corpus, builds it (Release), serves the site on loopback with gzip and
# Netlify's cache headers, and types 20 queries (bench/OmsHandbook.Bench.Search/BenchQueries.cs)
# into the search box key by key. Prints a table per query and three figures beside their budgets:
# the first query's bytes, the most any later query fetched, and the slowest query's time from the
# last key to its results. Timings move with the machine's load; run it on a quiet machine.
#
# Settings (environment):
#   BENCH_OUT=bench/out    where binaries, the corpus and the site go
#   THROTTLE=4             Chromium's CPU slowdown (DevTools' Emulation.setCPUThrottlingRate)
#   OMS_CHROMIUM=/usr/bin/chromium
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
size=${1:-4000}
today=2026-06-01 # within a year of the corpus's last_reviewed (2026-03-01), so it never goes stale

mkdir -p "$out"
echo "Publishing the generator, the corpus tool and the search probe (Release)..." >&2
dotnet publish "$root/src/OmsHandbook" -c Release -o "$out/bin/site" --nologo -v q >&2
dotnet publish "$root/bench/OmsHandbook.Bench.Corpus" -c Release -o "$out/bin/corpus" --nologo -v q >&2
dotnet publish "$root/bench/OmsHandbook.Bench.Search" -c Release -o "$out/bin/search" --nologo -v q >&2

echo "Corpus of $size chapters, and its site..." >&2
"$out/bin/corpus/OmsHandbook.Bench.Corpus" --pages "$size" --out "$out/corpus-$size" >&2
rm -rf "$out/search-site-$size"
"$out/bin/site/OmsHandbook" build --input "$out/corpus-$size" --output "$out/search-site-$size" --today "$today" >&2

echo "Typing the queries..." >&2
"$out/bin/search/OmsHandbook.Bench.Search" --site "$out/search-site-$size" --throttle "${THROTTLE:-4}" \
  ${OMS_CHROMIUM:+--chromium "$OMS_CHROMIUM"}
