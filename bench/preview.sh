#!/usr/bin/env bash
# Time from saving a chapter to the preview's reload message, whole process, as a maintainer sees it.
#
#   bench/preview.sh [INPUT_DIR]      default: the real handbook (input/)
#
# Copies the input to a scratch folder, starts `serve` on it (published Release build), listens to
# the reload events the browser listens to, then RUNS times appends a sentence to one chapter and
# measures from the write to the "reload" event. Prints the first build's time and the median and
# slowest of the reloads. The 100 ms the watcher waits for an editor's save to settle is included.
#
# Settings (environment): RUNS=10, BENCH_OUT=bench/out, PORT=5091
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
runs=${RUNS:-10}
port=${PORT:-5091}
source_input=$(cd "${1:-$root/input}" && pwd)

mkdir -p "$out"
echo "Publishing the generator (Release)..." >&2
dotnet publish "$root/src/OmsHandbook" -c Release -o "$out/bin/site" --nologo -v q >&2

scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$scratch"' EXIT
cp -r "$source_input" "$scratch/input"
chapter=$(find "$scratch/input/chapters" -name '*.md' | sort | sed -n 2p)

"$out/bin/site/OmsHandbook" serve --input "$scratch/input" --port "$port" --allow-overdue >"$scratch/serve.log" 2>&1 &
for _ in $(seq 1 600); do
  grep -q "Built\|failed" "$scratch/serve.log" 2>/dev/null && break
  sleep 0.5
done
grep "Built" "$scratch/serve.log" >&2 || { cat "$scratch/serve.log" >&2; exit 1; }

# Every event line, stamped with the time it arrived.
curl -sN "http://127.0.0.1:$port/_preview/events" | while IFS= read -r line; do
  echo "$(date +%s%N) $line"
done >"$scratch/events.log" &
sleep 1

times=()
for i in $(seq 1 "$runs"); do
  before=$(grep -c "event: reload" "$scratch/events.log" || true)
  start=$(date +%s%N)
  printf '\nA sentence added by the preview benchmark, number %s.\n' "$i" >>"$chapter"
  for _ in $(seq 1 6000); do
    [ "$(grep -c "event: reload" "$scratch/events.log" || true)" -gt "$before" ] && break
    sleep 0.005
  done
  arrived=$(grep "event: reload" "$scratch/events.log" | tail -1 | cut -d' ' -f1)
  times+=($(( (arrived - start) / 1000000 )))
  sleep 0.3
done

sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "Save to reload message over $runs saves of $(basename "$chapter"): median ${median} ms, slowest $(echo "$sorted" | tail -1) ms (each: ${times[*]})"
grep "changed:" "$scratch/serve.log" | tail -1 >&2
