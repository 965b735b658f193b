#!/usr/bin/env bash
# Crash harness: starts the Drift jar as a child process, lets 4 sign-up + sleep-diary clients and
# 4 booking clients write through the HTTP API (API tokens), kill -9s the JVM mid-load, restarts it
# on the same database and counts acknowledged (2xx) writes that are missing; mail goes to an
# in-process GreenMail server, so outbox messages lost or delivered twice are counted too.
#   h2     — H2 file database (WRITE_DELAY=0, as the default configuration)
#   pg     — PostgreSQL on 127.0.0.1:5432, database drift_harden_crash (dropped and recreated)
#   pgkill — a SEPARATE PostgreSQL cluster "harden" on port 5497 (created here, dropped at the end)
#            that is stopped with "-m immediate" under load, then Drift is killed too
# Usage: bench/crash.sh [RUNS] [MODES...]   (default: 3 runs of h2 and pg, 1 of pgkill)
# Drift listens on port 8095 (-Dcrash.port in JAVA_OPTS to change). JAVA_HOME must be a JDK >= 21.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
modes=("$@")
[ ${#modes[@]} -eq 0 ] && modes=(h2 pg pgkill)
./mvnw -q -B -DskipTests -Djacoco.skip=true package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
jar=$(realpath "$(ls target/drift-*.jar | grep -v original | head -1)")
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
for mode in "${modes[@]}"; do
  case "$mode" in
    pgkill)
      if ! pg_lsclusters -h | awk '{print $2}' | grep -qx harden; then
        pg_createcluster "$version" harden --port 5497 -- --auth=trust > /dev/null
      fi
      pg_ctlcluster "$version" harden start || true
      trap 'pg_dropcluster "$version" harden --stop || true' EXIT
      CRASH_PG_VERSION="$version" "$java" ${JAVA_OPTS:-} -cp "$cp" dev.drift.bench.CrashBench "$jar" pgkill 1 5497
      ;;
    *)
      "$java" ${JAVA_OPTS:-} -cp "$cp" dev.drift.bench.CrashBench "$jar" "$mode" "$runs" 5432
      ;;
  esac
done
