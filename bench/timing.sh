# Shared by bench/run.sh and bench/variants.sh: their common settings, and one whole-process
# measurement under /usr/bin/time -v. Needs $root (the repository).

out=${BENCH_OUT:-$root/bench/out}
runs=${RUNS:-5}
limit_mb=${LIMIT_MB:-8192}
limit_s=${LIMIT_S:-600}

if [ ! -x /usr/bin/time ]; then
  echo "error: /usr/bin/time is missing; install it with: apt-get install -y time" >&2
  exit 1
fi

# Runs a command under /usr/bin/time -v while a watchdog stops it past LIMIT_MB or LIMIT_S.
# Prints "wall cpu rss_kb status" (status: ok, failed, memory or time).
timed() {
  local report="$out/time.txt" log="$out/build.log" pid child="" key value unit started=$SECONDS stopped=""
  /usr/bin/time -v -o "$report" "$@" >"$log" 2>&1 &
  pid=$!
  # Reads /proc with shell builtins, so the watchdog takes next to no CPU from the build it watches.
  while kill -0 "$pid" 2>/dev/null; do
    [ -n "$child" ] || child=$(pgrep -P "$pid" || true)
    if [ -n "$child" ]; then
      while read -r key value unit; do
        if [ "$key" = VmRSS: ] && [ "$value" -gt $((limit_mb * 1024)) ]; then stopped=memory; fi
      done 2>/dev/null <"/proc/$child/status" || true
      [ $((SECONDS - started)) -le "$limit_s" ] || stopped=time
      [ -z "$stopped" ] || kill -9 "$child" 2>/dev/null || true
    fi
    sleep 0.2
  done
  local code=0
  wait "$pid" || code=$?
  awk -v stopped="$stopped" -v code="$code" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time \(seconds\)/ { user = $NF }
    /System time \(seconds\)/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%.2f %.2f %d %s\n", wall, user + sys, rss, stopped != "" ? stopped : (code == 0 ? "ok" : "failed") }' "$report"
}

