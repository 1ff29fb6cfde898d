#!/usr/bin/env bash
# Heap per Vaadin session: starts the packaged server (ui/target/signoff.jar) on a loopback port
# with a fresh temporary ./data (H2, demo data), waits until it is ready and its precedent index has
# caught up, logs in 200 sessions over plain HTTP (OIDC login through the built-in provider, one
# Vaadin UI each rendering a view), reads the server's live heap with jcmd before and after, prints
# Markdown tables and stops the server.
#
#   bench/sessions.sh                          # 200 sessions, managers on the deals board,
#                                              # the others on the inbox, a deal or precedents
#   bench/sessions.sh --sessions 50 --view board
#
# Other options: --workers N (4), --top N (20 classes), --hold SECONDS (keep the sessions open that
# long before measuring). BENCH_PORT (18400) and BENCH_SERVER_OPTS (-Xmx2g) set the server's port
# and JVM options. The jar is built when missing (BENCH_REBUILD=1 builds it again).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="ui/target/signoff.jar"
port="${BENCH_PORT:-18400}"
if [ ! -f "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  package=(-B -q -Pproduction -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true package)
  mvn -o "${package[@]}" >/dev/null 2>&1 || mvn "${package[@]}"
fi
build=(-B -q -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true)
mvn -o "${build[@]}" >/dev/null 2>&1 || mvn "${build[@]}"

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The login and token rate limits (20 and 30 a minute per address) would refuse 200 logins from
# one address; the bench raises them for its own server only.
# shellcheck disable=SC2086
(cd "$work" && exec java ${BENCH_SERVER_OPTS:--Xmx2g} -jar "$OLDPWD/$jar" \
  --server.address=127.0.0.1 --server.port="$port" \
  --signoff.security.rate-limits.login.requests=100000 \
  --signoff.security.rate-limits.token.requests=100000 >"$work/server.log" 2>&1) &
server=$!
echo "Server (pid $server) starting on 127.0.0.1:$port with ./data in $work" >&2
ready=""
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
    ready=1
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
[ -n "$ready" ] || { echo "The server did not become ready; its log:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; }
# The demo's past deals reach the precedent index in the background after the server is ready;
# measuring while that runs would count the index's growth as the sessions'.
for _ in $(seq 1 600); do
  grep -Eq "Applied [0-9]+ precedent changes|change-log position ([0-9]+) of \1;" "$work/server.log" && break
  sleep 1
done
echo "Server ready" >&2
java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.signoff.bench.SessionBench --url "http://127.0.0.1:$port" --pid "$server" "$@"
