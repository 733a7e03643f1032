#!/usr/bin/env bash
# Measures runtime settings of the generator against each other on one corpus. The variants run
# interleaved (one build of each, then again), so a change in the machine's load hits all alike.
#
#   bench/variants.sh [SIZE|real]     default: 1000 chapters; "real" is the handbook in input/
#
# Settings (environment): RUNS=5, BENCH_OUT=bench/out, LIMIT_MB=8192, LIMIT_S=600 (as bench/run.sh);
# ONLY=REGEX runs only the variants whose name matches (grep -E), e.g. ONLY='published|ReadyToRun'.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/timing.sh
. "$root/bench/timing.sh"
size=${1:-1000}

mkdir -p "$out"
echo "Publishing the generator with JIT only and with ReadyToRun..." >&2
dotnet publish "$root/src/OmsHandbook" -c Release -o "$out/bin/site" --nologo -v q >&2
dotnet publish "$root/src/OmsHandbook" -c Release -r linux-x64 -p:PublishAot=false --self-contained false -p:PublishReadyToRun=true \
  -o "$out/bin/site-r2r" --nologo -v q >&2

if [ "$size" = real ]; then
  build_args=(build --input "$root/input" --output "$out/site-variant" --allow-overdue)
  pages=$(($(find "$root/input/chapters" -name '*.md' | wc -l) + 1))
else
  dotnet publish "$root/bench/OmsHandbook.Bench.Corpus" -c Release -o "$out/bin/corpus" --nologo -v q >&2
  "$out/bin/corpus/OmsHandbook.Bench.Corpus" --pages "$size" --out "$out/corpus-$size" >&2
  build_args=(build --input "$out/corpus-$size" --output "$out/site-variant" --today 2026-06-01)
  pages=$((size + 1))
fi

# name|binary folder|environment
# The generator's own settings (OmsHandbook.csproj: TieredPGO off) are the baseline.
variants=(
  "JIT, workstation GC (as published)|site|"
  "ReadyToRun|site-r2r|"
  "Server GC|site|DOTNET_gcServer=1"
  "Server GC without DATAS|site|DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0"
  "Workstation GC, not concurrent|site|DOTNET_gcConcurrent=0"
  "TieredPGO on (the runtime's default)|site|DOTNET_TieredPGO=1"
  "ReadyToRun, server GC|site-r2r|DOTNET_gcServer=1"
)

raw="$out/variants-raw.tsv"
: >"$raw"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 0; i <= runs; i++)); do
  for variant in "${variants[@]}"; do
    IFS='|' read -r name folder settings <<<"$variant"
    grep -qE "${ONLY:-.}" <<<"$name" || continue
    rm -rf "$out/site-variant"
    # shellcheck disable=SC2086 # settings is a list of VAR=value words
    result=$(timed env $settings "$out/bin/$folder/OmsHandbook" "${build_args[@]}")
    echo "  run $i, $name: $result" >&2
    [ "${result##* }" = ok ] || { echo "error: the build failed or was stopped; see $out/build.log" >&2; exit 1; }
    [ "$i" -eq 0 ] || printf '%s\t%s\t%s\t%s\n' "$size" "$name" "$pages" "$result" >>"$raw"
  done
done

{
  echo "Corpus: $size. Load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg). $runs interleaved runs after a warm-up; medians."
  echo
  awk -F'\t' -f "$root/bench/report.awk" "$raw"
} | tee "$out/variants-$size.md"
