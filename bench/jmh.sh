#!/usr/bin/env bash
# JMH micro-benchmark of the gap and fit engine: the fit of one person to all six roles.
#   bench/jmh.sh                 (extra arguments go to JMH, e.g. -f 2 -wi 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipFrontend -DskipTests test-compile
./mvnw -q -B -DskipFrontend dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-FitBenchmark}"
