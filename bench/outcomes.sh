#!/usr/bin/env bash
# Outcomes benchmark on PostgreSQL (127.0.0.1:5432, user postgres, trust): 10,000 clients x 2 years of
# diary nights (~7.3 million) and 100,000 attended sessions with signed notes, seeded with bulk SQL into
# database drift_outcomes_bench (or the first argument; it is dropped and recreated); then the rebuild of
# the clinic's outcome read models, a client's progress data (p50, p99) and the clinic analytics for one
# grouping (p50, p99), and the database size. Prints RESULT rebuild_s=… progress_p50_ms=… …
# Usage: bench/outcomes.sh [DATABASE] [CLIENTS] [reuse]   (JAVA_HOME must be a JDK >= 21; reuse: measure
# the rebuild and the reads again on the database an earlier run seeded, without recreating it)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Djacoco.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.drift.bench.OutcomesBench "$@"
