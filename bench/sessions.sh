#!/usr/bin/env bash
# Session-note benchmark on PostgreSQL (127.0.0.1:5432, user postgres, trust): on a clinic of 20
# therapists and 50,000 future appointments (database drift_sessions_bench, or the first argument), the
# time to save a whole draft note and to sign a note over HTTP with an API token (median, p99).
# Usage: bench/sessions.sh [DATABASE]   (JAVA_HOME must be a JDK >= 21)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Djacoco.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.drift.bench.SessionNoteBench "$@"
