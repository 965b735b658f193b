#!/usr/bin/env bash
# Booking benchmark on PostgreSQL (127.0.0.1:5432, user postgres, trust): recreates the database
# drift_bench (or the first argument), seeds 20 therapists and 50,000 future appointments, and prints
# availability latency (in-process and over HTTP) and booking throughput with 16 concurrent
# API-token clients next to a plain-SQL loop with the same guarantee.
# Usage: bench/booking.sh [DATABASE]   (JAVA_HOME must be a JDK >= 21)
# The JVM runs with JAVA_OPTS, by default the heap the README recommends for a Drift server
# (-Xms1g -Xmx1g: a fixed 1 GiB heap; with the JVM's default initial heap, 1/64 of the machine's
# memory, G1 kept a small young generation and collected every half second under load, and those
# pauses set the p99s).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Djacoco.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
opts="${JAVA_OPTS:--Xms1g -Xmx1g}"
echo "JVM options: $opts"
# shellcheck disable=SC2086
exec "$java" $opts -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.drift.bench.BookingBench "$@"
