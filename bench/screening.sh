#!/bin/sh
# Screening engine benchmark: evaluations per second in-process (no database, no HTTP) over
# the spec's scenario answer sets. Usage: bench/screening.sh [SCENARIO_FILE]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" dev.drift.bench.ScreeningBench "$@"
