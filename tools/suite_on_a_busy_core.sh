#!/usr/bin/env bash
# Issue 16's check: `make test` pinned to core 0, three times in a row, while a busy loop keeps
# core 1 and a 30% duty-cycle loop keeps part of core 0 (both at nice 19). Prints each run's
# result, time and load average, and where the crash tests' kills landed.
# Usage: tools/suite_on_a_busy_core.sh [RUNS]   (logs in /tmp/busy-core-run-N.log)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
taskset -c 1 nice -n 19 python3 -c "while True: pass" &
busy_other=$!
taskset -c 0 nice -n 19 python3 -c "
import time
while True:
    t = time.monotonic()
    while time.monotonic() - t < 0.03:
        pass
    time.sleep(0.07)" &
busy_part=$!
trap 'kill $busy_other $busy_part 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$runs"); do
    log=/tmp/busy-core-run-$i.log
    start=$(date +%s)
    taskset -c 0 make test >"$log" 2>&1
    rc=$?
    [ $rc -eq 0 ] || failed=1
    echo "run $i: exit $rc in $(($(date +%s) - start)) s, load $(cut -d' ' -f1-3 /proc/loadavg):" \
        "$(grep -E '(passed|failed)' "$log" | tail -1)"
    grep -E 'kills mid-' "$log" | sed 's/^/    /'
done
exit $failed
