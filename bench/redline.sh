#!/usr/bin/env bash
# Measures how long comparing two contract versions takes (segmentation, clause pairing and word
# diff), for contracts of several sizes and kinds of revision, and prints a Markdown table.
#
#   bench/redline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -B -q -pl workflow -am test -Dtest=RedlineBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dspotless.check.skip=true | grep '^|'
