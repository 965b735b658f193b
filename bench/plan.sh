#!/usr/bin/env bash
# Plan benchmark on PostgreSQL (127.0.0.1:5432, user postgres, trust): recommendations per second
# in-process over the plan scenarios, then on a clinic of 20 therapists and 50,000 future appointments
# (database drift_plan_bench, or the first argument) the time to preview and book a six-session
# course for ten clients.
# Usage: bench/plan.sh [DATABASE]   (JAVA_HOME must be a JDK >= 21)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Djacoco.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.drift.bench.PlanBench "$@"
