#!/usr/bin/env bash
# The review workflow under load: builds the production jar and the driver, starts Signoff on
# PostgreSQL on a loopback port, plays owners, reviewers and managers through its REST API for a
# bounded time, stops it, runs the same users and steps on the bare Camunda engine in the same
# database, and prints both as Markdown tables with the throughput ratio and the targets.
#
#   bench/workflow.sh                    # 50 reviewers, 240 s warm-up, 45 s measured per phase
#   bench/workflow.sh --duration 30 --reviewers 20
#
# Script options: --port P (default 18101), --jdbc URL (loopback; default
# jdbc:postgresql://127.0.0.1:5432/signoff_load, created when missing), --db-user U, --db-password P,
# --jfr FILE (a flight recording of the server), --jvm-opt OPTION (repeatable: an option of the
# server's JVM), --no-build. Every other option goes to the driver
# (dev.signoff.bench.WorkflowBench): --owners, --reviewers, --managers, --backlog, --idle-ms,
# --think-ms, --warm-up, --duration, ... The schemas workflow_signoff and workflow_engine in that
# database are dropped and created again.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18101
jdbc="jdbc:postgresql://127.0.0.1:5432/signoff_load"
db_user=postgres
db_password=""
jfr=""
jvm_opts=()
build=yes
driver_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --jdbc) jdbc=$2; shift 2 ;;
    --db-user) db_user=$2; shift 2 ;;
    --db-password) db_password=$2; shift 2 ;;
    --jfr) jfr=$2; shift 2 ;;
    --jvm-opt) jvm_opts+=("$2"); shift 2 ;;
    --no-build) build=no; shift ;;
    *) driver_args+=("$1"); shift ;;
  esac
done
case "$jdbc" in
  jdbc:postgresql://127.0.0.1:*) ;;
  *) echo "--jdbc must point at 127.0.0.1" >&2; exit 2 ;;
esac
schema=workflow_signoff

if [ "$build" = yes ]; then
  goals=(-B -q -Pproduction -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true package
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
  mvn -o "${goals[@]}" >/dev/null 2>&1 || mvn "${goals[@]}" >&2
fi
jar=ui/target/signoff.jar
[ -f "$jar" ] || { echo "No $jar: build it with mvn -B -q -Pproduction -DskipTests package" >&2; exit 1; }

# The database, and a fresh schema for Signoff (the driver makes the engine's own).
hostport=${jdbc#jdbc:postgresql://}
database=${hostport#*/}
database=${database%%\?*}
host=${hostport%%/*}
export PGPASSWORD="$db_password"
psql_at() { psql -h "${host%%:*}" -p "${host##*:}" -U "$db_user" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_at -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
  psql_at -d postgres -c "CREATE DATABASE $database"
fi
psql_at -d "$database" -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 300); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  [ -f "$work/server.log" ] && mkdir -p bench/target && cp "$work/server.log" bench/target/workflow-server.log
  rm -rf "$work"
}
trap cleanup EXIT

classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
# One user of the built-in identity provider per simulated person, each with an API client.
java -cp "$classpath" dev.signoff.bench.WorkflowTeam "$work/team.yaml" "${driver_args[@]}"

server_opts=(-Xms1g -Xmx1g "${jvm_opts[@]}")
[ -n "$jfr" ] && server_opts+=(-XX:FlightRecorderOptions:stackdepth=256 "-XX:StartFlightRecording=filename=$(realpath -m "$jfr"),settings=profile")
# The rate limits protect a server from a client gone wild; here one machine plays a whole company.
(cd "$work" && SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="$jdbc?currentSchema=$schema" \
  SPRING_DATASOURCE_USERNAME="$db_user" SPRING_DATASOURCE_PASSWORD="$db_password" \
  exec java "${server_opts[@]}" -jar "$OLDPWD/$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --spring.flyway.schemas="$schema" \
    --camunda.bpm.database.schema-name="$schema" --camunda.bpm.database.table-prefix="$schema." \
    --signoff.demo.enabled=false --signoff.identity.demo-users=false \
    --spring.config.additional-location="file:$work/team.yaml" \
    --signoff.security.rate-limits.token.requests=100000 \
    --signoff.security.rate-limits.search.requests=100000 \
    >"$work/server.log" 2>&1) &
server_pid=$!
ready=no
for _ in $(seq 1 1800); do
  if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
    ready=yes
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ "$ready" != yes ]; then
  echo "Signoff did not become ready within 180 s:" >&2
  tail -n 40 "$work/server.log" >&2
  exit 1
fi
echo "Signoff ready on 127.0.0.1:$port (pid $server_pid)" >&2

java -Xms1g -Xmx1g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.org.camunda=error -Dorg.slf4j.simpleLogger.log.org.camunda.bpm.engine.context=off \
  -cp "$classpath" \
  dev.signoff.bench.WorkflowBench --signoff "http://127.0.0.1:$port" --server-pid "$server_pid" \
  --stop-server --jdbc "$jdbc" --user "$db_user" --password "$db_password" --signoff-schema "$schema" \
  "${driver_args[@]}"
status=$?
echo "Server log: bench/target/workflow-server.log" >&2
exit $status
