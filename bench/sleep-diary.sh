#!/bin/sh
# Sleep diary benchmark: nightly-metric throughput and the time to build a client's
# summaries from 2 years of nights, in-process (no database). Usage: bench/sleep-diary.sh [NIGHTS]
# Closing line: RESULT nights_per_s=... summaries_2y_ms=... (medians). The benchmark is one thread:
# it runs with the serial collector (G1's background work on a busy 2-core machine cut the rate
# 3-5x in our runs); JAVA_OPTS overrides it.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
"${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:--XX:+UseSerialGC} -cp target/classes:target/test-classes dev.drift.bench.SleepDiaryBench "$@"
