#!/bin/sh
# Sleep diary benchmark: nightly-metric throughput and the time to build a client's
# summaries from 2 years of nights, in-process (no database). Usage: bench/sleep-diary.sh [NIGHTS]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
java -cp target/classes:target/test-classes dev.drift.bench.SleepDiaryBench "$@"
