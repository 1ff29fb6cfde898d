#!/usr/bin/env bash
# CPU time per clause of the clause typing and term extraction rules, on generated clauses, as a
# Markdown table.
#
#   bench/terms.sh                      # 2,000 deals, about 42,000 clauses, 5 rounds
#   bench/terms.sh --deals 500 --rounds 3
set -euo pipefail
cd "$(dirname "$0")/.."
build=(-B -q -pl bench -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true)
mvn -o "${build[@]}" >/dev/null 2>&1 || mvn "${build[@]}"
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.signoff.bench.TermsBench "$@"
