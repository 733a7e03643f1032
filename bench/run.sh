#!/usr/bin/env bash
# Whole-process benchmark of the OMS Handbook generator, beside Hugo when it is installed.
#
#   bench/run.sh [SIZE...]          default sizes: 250 1000 4000
#
# Publishes the generator and the corpus tool in Release once, writes a synthetic corpus per size,
# then for each size and tool runs one warm-up build and RUNS timed builds under /usr/bin/time -v,
# and prints a Markdown table of medians (also written to $BENCH_OUT/results.md).
#
# Settings (environment):
#   RUNS=5                 timed runs per size and tool (after one warm-up)
#   BENCH_OUT=bench/out    where binaries, corpora, sites and results go
#   PUBLISH_ARGS=...       `dotnet publish` arguments for the generator; by default "-r linux-x64", the
#                          shipped form: compiled ahead of time, as the project file says (needs clang).
#                          ReadyToRun: "-r linux-x64 -p:PublishAot=false --self-contained false
#                          -p:PublishReadyToRun=true"; PUBLISH_ARGS= (empty) times plain JIT
#   HUGO=auto              auto: compare with hugo when it is on PATH; 0: never
#   HUGO_LISTING_MAX=1000  largest size for Hugo's second layout, which lists every chapter on every
#                          page as ours does; it grows with the square of the size (~10 min at 4,000)
#   REAL=1                 also time the real handbook (input/); 0: skip
#   LIMIT_MB=8192          a build whose resident memory passes this is stopped (shared machine)
#   LIMIT_S=600            a build running longer than this is stopped
#   DOTNET_* variables (DOTNET_gcServer, DOTNET_TieredPGO, ...) reach the generator unchanged.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/timing.sh
. "$root/bench/timing.sh"
today=2026-06-01 # within a year of the corpus's last_reviewed (2026-03-01), so it never goes stale
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 1000 4000)

hugo_bin=""
if [ "${HUGO:-auto}" != 0 ] && command -v hugo >/dev/null 2>&1; then
  hugo_bin=$(command -v hugo)
fi

mkdir -p "$out"
raw="$out/raw.tsv"
: >"$raw"

echo "Publishing the generator and the corpus tool (Release)..." >&2
publish_args=${PUBLISH_ARGS--r linux-x64}
# shellcheck disable=SC2086 # publish_args is a list of arguments
dotnet publish "$root/src/OmsHandbook" -c Release -o "$out/bin/site" --nologo -v q $publish_args >&2
dotnet publish "$root/bench/OmsHandbook.Bench.Corpus" -c Release -o "$out/bin/corpus" --nologo -v q >&2
site="$out/bin/site/OmsHandbook"
corpus="$out/bin/corpus/OmsHandbook.Bench.Corpus"

# measure SIZE TOOL PAGES CLEAN_DIR COMMAND...: a warm-up, then RUNS timed runs, each into a clean output.
measure() {
  local size=$1 tool=$2 pages=$3 dest=$4 i result status
  shift 4
  for ((i = 0; i <= runs; i++)); do
    rm -rf "$dest" "$dest".new-* "$dest".old-* # a stopped build of ours may leave its staging folder
    result=$(timed "$@")
    status=${result##* }
    if [ "$status" != ok ]; then
      echo "  $tool, $size pages: run $i $status ($result); see $out/build.log" >&2
      printf '%s\t%s\t%s\t%s\n' "$size" "$tool" "$pages" "$result" >>"$raw"
      return 0
    fi
    [ "$i" -eq 0 ] && continue # warm-up: fills the page cache and the disk's caches
    echo "  $tool, $size pages: run $i: $result" >&2
    printf '%s\t%s\t%s\t%s\n' "$size" "$tool" "$pages" "$result" >>"$raw"
  done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for size in "${sizes[@]}"; do
  echo "Corpus of $size chapters..." >&2
  "$corpus" --pages "$size" --out "$out/corpus-$size" >&2
  pages=$((size + 1)) # chapters and the home page: the Markdown pages both tools build
  measure "$size" oms "$pages" "$out/site-$size" \
    "$site" build --input "$out/corpus-$size" --output "$out/site-$size" --today "$today"
  if [ -n "$hugo_bin" ]; then
    "$corpus" hugo --from "$out/corpus-$size" --out "$out/hugo-$size" >&2
    measure "$size" hugo "$pages" "$out/hugo-site-$size" \
      "$hugo_bin" --quiet -s "$out/hugo-$size" -d "$out/hugo-site-$size"
    if [ "$size" -le "${HUGO_LISTING_MAX:-1000}" ]; then
      measure "$size" hugo-nav "$pages" "$out/hugo-site-$size" \
        "$hugo_bin" --quiet -s "$out/hugo-$size" -d "$out/hugo-site-$size" --config "$out/hugo-$size/hugo.toml,$out/hugo-$size/nav.toml"
    fi
  fi
done

if [ "${REAL:-1}" != 0 ]; then
  echo "The real handbook..." >&2
  measure real oms "$(($(find "$root/input/chapters" -name '*.md' | wc -l) + 1))" "$out/site-real" \
    "$site" build --input "$root/input" --output "$out/site-real" --allow-overdue
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -n 1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM," \
    "$(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version)" \
    "(runtime $(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -n 1))${hugo_bin:+, $("$hugo_bin" version | cut -d' ' -f1-2)}."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after. $runs timed runs after a warm-up; medians."
  echo "Generator published with: dotnet publish -c Release ${publish_args}$(env | grep -E '^DOTNET_(gc|GC|Tiered|TC_|ReadyToRun|TieredPGO)' | sort | tr '\n' ' ' | sed 's/^/; environment: /')"
  echo
  awk -F'\t' -f "$root/bench/report.awk" "$raw"
} | tee "$out/results.md"
