#!/usr/bin/env bash
# Time from saving a chapter to the preview's reload message for that chapter's page, whole process,
# as a maintainer sees it.
#
#   bench/preview.sh [INPUT_DIR]      default: the real handbook (input/)
#
# Copies the input to a scratch folder, starts `serve` on it (published as bench/run.sh publishes
# it), listens to the reload events the browser listens to, then RUNS times appends a sentence to
# one chapter and measures from the write to the "reload" event that names the chapter's page.
# Prints the first build's time and the median and slowest of the reloads. The 50 ms the watcher
# waits for an editor's save to settle is included.
#
# By default each save waits until the preview has finished the whole rebuild of the one before
# (a maintainer who saves, then reads). PAUSE=0.3 saves 0.3 s after each reload instead, while the
# rest of the site is still being rebuilt, which a newer save interrupts.
#
# Settings (environment): RUNS=10, BENCH_OUT=bench/out, PORT=5091, PAUSE (unset), PUBLISH_ARGS as bench/run.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
runs=${RUNS:-10}
port=${PORT:-5091}
source_input=$(cd "${1:-$root/input}" && pwd)

mkdir -p "$out"
publish_args=${PUBLISH_ARGS--r linux-x64}
echo "Publishing the generator (Release $publish_args)..." >&2
# shellcheck disable=SC2086 # publish_args is a list of arguments
dotnet publish "$root/src/OmsHandbook" -c Release -o "$out/bin/site" --nologo -v q $publish_args >&2

scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$scratch"' EXIT
cp -r "$source_input" "$scratch/input"
chapter=$(find "$scratch/input/chapters" -name '*.md' | sort | sed -n 2p)
# The chapter's address: its slug, or its file name without the number.
slug=$(sed -n '2,/^---$/s/^slug: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' "$chapter" | head -1)
[ -n "$slug" ] || slug=$(basename "$chapter" .md | sed 's/^[0-9]*-//')
# A reload that names the chapter's page, or reloads every page.
reload_of_chapter="data: \{\"build\":[0-9]+,\"paths\":(null|\[[^]]*\"/$slug/\")"
reloads() { grep -cE "$reload_of_chapter" "$scratch/events.log" || true; }
rebuilt() { grep -c "changed:" "$scratch/serve.log" || true; }

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
  before=$(reloads)
  builds=$(rebuilt)
  start=$(date +%s%N)
  printf '\nA sentence added by the preview benchmark, number %s.\n' "$i" >>"$chapter"
  for _ in $(seq 1 6000); do
    [ "$(reloads)" -gt "$before" ] && break
    sleep 0.005
  done
  arrived=$(grep -E "$reload_of_chapter" "$scratch/events.log" | tail -1 | cut -d' ' -f1)
  times+=($(( (arrived - start) / 1000000 )))
  if [ -n "${PAUSE:-}" ]; then
    sleep "$PAUSE"
  else
    for _ in $(seq 1 6000); do
      [ "$(rebuilt)" -gt "$builds" ] && break
      sleep 0.02
    done
    sleep 0.2
  fi
done

sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "Save to reload message over $runs saves of $(basename "$chapter")${PAUSE:+, ${PAUSE} s apart}: median ${median} ms, slowest $(echo "$sorted" | tail -1) ms (each: ${times[*]})"
grep "changed:" "$scratch/serve.log" | tail -1 >&2
