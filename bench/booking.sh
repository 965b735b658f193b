#!/usr/bin/env bash
# Booking benchmark on PostgreSQL (127.0.0.1:5432, user postgres, trust): recreates the database
# drift_bench (or the first argument), seeds 20 therapists and 50,000 future appointments, and prints
# availability latency (in-process and over HTTP) and booking throughput with 16 concurrent
# API-token clients next to a plain-SQL loop with the same guarantee.
# Usage: bench/booking.sh [DATABASE]   (JAVA_HOME must be a JDK >= 21)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Djacoco.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.drift.bench.BookingBench "$@"
