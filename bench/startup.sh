#!/usr/bin/env bash
# Measures how long the packaged server takes until it reports itself ready
# (/actuator/health/readiness UP: context started, demo data loaded), on its embedded defaults
# (H2 file database, local Lucene index, built-in identity provider, demo data).
# "first start" begins with an empty ./data (schema creation + demo data); "restart" reuses it.
#
#   bench/startup.sh [runs]        (build the jar first: mvn -B -q -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar="ui/target/signoff.jar"
port="${BENCH_PORT:-18080}"
[ -f "$jar" ] || { echo "Build the jar first: mvn -B -q -Pproduction -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # prints seconds until healthy, or fails after 120 s
  local dir=$1 start pid
  start=$(date +%s.%N)
  (cd "$dir" && exec java -jar "$OLDPWD/$jar" --server.port="$port" >"$dir/server.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      awk -v now="$(date +%s.%N)" -v start="$start" 'BEGIN { print now - start }'
      kill "$pid"; wait "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  echo "did not become healthy within 120 s; see $dir/server.log" >&2
  return 1
}

printf '| run | first start (empty ./data) s | restart s |\n|----:|----:|----:|\n'
for run in $(seq 1 "$runs"); do
  dir="$work/run-$run"
  mkdir -p "$dir"
  first=$(measure "$dir")
  again=$(measure "$dir")
  printf '| %d | %.1f | %.1f |\n' "$run" "$first" "$again"
done
echo
echo "cores: $(nproc); java: $(java -version 2>&1 | head -n 1)"
