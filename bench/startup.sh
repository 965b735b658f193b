#!/usr/bin/env bash
# Start-up benchmark: builds the jar, starts it once on a fresh embedded H2 database (migrations and
# the demo clinic are created: reported, not counted), then RUNS times (default 3) on that database
# already present, as a restart is. For each start it prints the time to "Started" and the heap in
# use after start (after a full GC) plus the process RSS, and closes with
# RESULT started_s=... heap_mib=... rss_mib=... (medians over the RUNS starts on the present database).
# Usage: bench/startup.sh [RUNS] [aot]   (JAVA_HOME must be a JDK >= 21; JAVA_OPTS are passed to the JVM)
# With "aot" (JDK >= 25) the jar is extracted (java -Djarmode=tools extract), one training start
# writes a JDK AOT cache (-XX:AOTCacheOutput, the context stopped after refresh), and the measured
# starts run with -XX:AOTCache: the option the README describes for operators.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
mode="${2:-plain}"
port=18080
./mvnw -q -B -DskipTests -Djacoco.skip=true package
jar=$(realpath "$(ls target/drift-*.jar | grep -v original | head -1)")
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
all_started=(); all_heap=(); all_rss=()
echo "jar: $jar; java: $("$java" -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# start RUN: waits for "Started" (and on the fresh database for the demo clinic), measures, stops
start() {
  local run=$1 log="$work/drift-$1.log"
  (cd "$work" && exec "$java" ${JAVA_OPTS:-} -jar "$jar" --server.port=$port > "$log" 2>&1) &
  local pid=$!
  local wait_for="Started DriftApplication"
  [ "$run" = fresh ] && wait_for="Demo clinic .* created"
  for _ in $(seq 1 240); do grep -q "$wait_for" "$log" && break; sleep 0.5; done
  started=$(grep -o "Started DriftApplication in [0-9.]* seconds" "$log" | grep -o "[0-9.]*" | head -1)
  local uptime java_pid heap rss
  uptime=$(grep -o "process running for [0-9.]*" "$log" | grep -o "[0-9.]*$" | head -1)
  sleep 2 # let the ready-time work (session cleanup, schedulers) start before measuring the heap
  java_pid=$(pgrep -f "server.port=$port" | head -1)
  "$jcmd" "$java_pid" GC.run > /dev/null
  heap=$(( $("$jcmd" "$java_pid" GC.heap_info | grep -o "used [0-9]*K" | head -1 | grep -o "[0-9]*") / 1024 ))
  rss=$(( $(grep VmRSS /proc/"$java_pid"/status | grep -o "[0-9]*") / 1024 ))
  printf 'start %s: started in %s s (JVM up %s s); heap used after start %d MiB; RSS %d MiB\n' \
    "$run" "$started" "$uptime" "$heap" "$rss"
  kill "$pid" 2>/dev/null || true; kill "$java_pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do pgrep -f "server.port=$port" > /dev/null || break; sleep 0.25; done
  last_heap=$heap; last_rss=$rss
}
start fresh
if [ "$mode" = aot ]; then
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
  jar="$work/app/$(basename "$jar")"
  (cd "$work" && "$java" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh -jar "$jar" \
    --server.port=$port > "$work/training.log" 2>&1)
  echo "AOT cache written: $(du -m "$work/app.aot" | cut -f1) MiB"
  JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCache=$work/app.aot"
fi
for run in $(seq 1 "$runs"); do
  start "$run"
  all_started+=("$started"); all_heap+=("$last_heap"); all_rss+=("$last_rss")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "RESULT started_s=$(median "${all_started[@]}") heap_mib=$(median "${all_heap[@]}") rss_mib=$(median "${all_rss[@]}") mode=$mode"
