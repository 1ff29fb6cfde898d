#!/usr/bin/env bash
# Compares the Signoff precedent index with PostgreSQL full-text search on one synthetic corpus:
# loads the deals into PostgreSQL, rebuilds the index from there, runs the same clause searches on
# both at 1, 4 and 16 concurrent clients, and prints Markdown tables with the targets.
#
#   bench/precedent.sh                  # 50,000 deals (about 1,000,000 clauses)
#   bench/precedent.sh --deals 2000     # a quick run
#
# Other options: --seed S, --warm-up SECONDS, --duration SECONDS, --clients 1,4,16,
# --jdbc URL (loopback only; default jdbc:postgresql://127.0.0.1:5432/signoff_bench),
# --user U, --password P. The bench schema in that database is dropped and recreated.
# --index DIR keeps the built index in DIR; a later run with the same DIR only searches it.
# --signoff-only leaves out the PostgreSQL searches. BENCH_JAVA_OPTS adds options to the JVM
# (for example -XX:StartFlightRecording=filename=search.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
build=(-B -q -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true)
mvn -o "${build[@]}" >/dev/null 2>&1 || mvn "${build[@]}"
# shellcheck disable=SC2086
exec java -Xms2g -Xmx2g -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.signoff.bench.PrecedentBench "$@"
