#!/usr/bin/env bash
# Start-up benchmark: builds the jar, starts it RUNS times on a fresh embedded H2 database (so the
# demo clinic is created each time), and prints the time to "Started", the time until the demo
# clinic is in place, and the heap in use after start (after a full GC), plus the process RSS.
# Closes with RESULT started_s=... heap_mib=... rss_mib=... (medians over the runs).
# Usage: bench/startup.sh [RUNS]   (JAVA_HOME must be a JDK >= 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18080
./mvnw -q -B -DskipTests -Djacoco.skip=true package
jar=$(ls target/drift-*.jar | grep -v original | head -1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
all_started=(); all_heap=(); all_rss=()
echo "jar: $jar; java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  log="$work/drift.log"
  (cd "$work" && exec "$java" -jar "$OLDPWD/$jar" --server.port=$port > "$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do grep -q "Demo clinic .* created" "$log" && break; sleep 0.5; done
  started=$(grep -o "Started DriftApplication in [0-9.]* seconds" "$log" | grep -o "[0-9.]*" | head -1)
  uptime=$(grep -o "process running for [0-9.]*" "$log" | grep -o "[0-9.]*$" | head -1)
  started_at=$(grep "Started DriftApplication" "$log" | cut -c1-23)
  demo_at=$(grep "Demo clinic .* created" "$log" | cut -c1-23)
  seeding=$(python3 -c "from datetime import datetime as d; f='%Y-%m-%dT%H:%M:%S.%f'; print(round((d.strptime('$demo_at', f) - d.strptime('$started_at', f)).total_seconds(), 2))")
  java_pid=$(pgrep -f "server.port=$port" | head -1)
  "$jcmd" "$java_pid" GC.run > /dev/null
  heap=$("$jcmd" "$java_pid" GC.heap_info | grep -o "used [0-9]*K" | head -1 | grep -o "[0-9]*")
  rss=$(grep VmRSS /proc/"$java_pid"/status | grep -o "[0-9]*")
  printf 'run %d: started in %s s (JVM up %s s); demo clinic seeded %s s later; heap used after start %d MiB; RSS %d MiB\n' \
    "$run" "$started" "$uptime" "$seeding" $((heap / 1024)) $((rss / 1024))
  all_started+=("$started"); all_heap+=($((heap / 1024))); all_rss+=($((rss / 1024)))
  kill "$pid" 2>/dev/null || true; kill "$java_pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "RESULT started_s=$(median "${all_started[@]}") heap_mib=$(median "${all_heap[@]}") rss_mib=$(median "${all_rss[@]}")"
