#!/usr/bin/env bash
# The cost of reading a job posting against its length (issue 26, item 7): JMH over 1 KB to 20 KB of
# technology names, on one line and on many lines, with the real reference data. Prints the time per
# size and the ratio of each size to the one half as long (linear: about 2).
#   bench/postings.sh            (extra arguments go to JMH, e.g. -wi 2 -i 3)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipFrontend -DskipTests test-compile
./mvnw -q -B -DskipFrontend dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" dev.skillgap.postings.PostingAnalysisBenchmark "$@"
