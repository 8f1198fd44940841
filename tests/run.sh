#!/usr/bin/env bash
# The whole test suite (`make test`). Each suite prints "ok NAME" / "FAIL
# NAME: why" lines and ends with "N passed, M failed"; this adds them up and
# ends with the same line. Exit status: 0 only when nothing failed.
set -u
cd "$(dirname "$0")/.."

SUITES=(
	"btf2hdr:make -s -C btf2hdr test"
	"runtime:make -s -C runtime test"
	"bpftool-wasm:make -s -C bpftool-wasm test"
	"layout:tests/layout/run.sh"
	"skeleton:tests/skel/run.sh"
	"libbpf-wasm:tests/sdk/run.sh"
	"headers:tests/headers/run.sh"
	"guestlibs:tests/guestlibs/run.sh"
	"porting:tests/porting/run.sh"
	"bootstrap:tests/e2e/bootstrap.sh"
	"execsnoop:tests/e2e/execsnoop.sh"
	"opensnoop:tests/e2e/opensnoop.sh"
	"getpid:tests/pid/run.sh"
	"extension:tests/ext/run.sh"
	"buffers:tests/buffers/run.sh"
	"counters:tests/e2e/counters.sh"
	"maps:tests/e2e/maps.sh"
	"sockops:tests/e2e/sockops.sh"
	"cgroup-layouts:tests/e2e/cgroup_layouts.sh"
	"xdp:tests/e2e/xdp.sh"
	"uprobe:tests/e2e/uprobe.sh"
	"runqlat:tests/e2e/runqlat.sh"
	"ufunc:tests/e2e/ufunc.sh"
	"usdt:tests/e2e/usdt.sh"
	"profile:tests/e2e/profile.sh"
	"tc:tests/e2e/tc.sh"
	"task_iter:tests/e2e/task_iter.sh"
	"procs:tests/e2e/procs.sh"
	"sockfilter:tests/e2e/sockfilter.sh"
	"templates:tests/e2e/templates.sh"
	"size:tests/size/run.sh"
)

# A suite that hangs is stopped after this long and counts as failed: the
# others still run, and the whole suite still ends (CI has a time limit).
SUITE_TIMEOUT=${SUITE_TIMEOUT:-600}

# Run only the suites named on the command line, if any.
want=" $* "
total_pass=0 total_fail=0 broken=()
for entry in "${SUITES[@]}"; do
	name=${entry%%:*} cmd=${entry#*:}
	[[ $# -gt 0 && $want != *" $name "* ]] && continue
	echo "=== $name"
	log=$(mktemp)
	timeout -k 10 "$SUITE_TIMEOUT" bash -c "$cmd" </dev/null 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	if [[ $rc -eq 124 || $rc -eq 137 ]]; then
		echo "FAIL $name: still running after $SUITE_TIMEOUT s, stopped"
		total_fail=$((total_fail + 1)) broken+=("$name")
		rm -f "$log"
		continue
	fi
	summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	rm -f "$log"
	if [[ -z $summary ]]; then
		echo "FAIL $name: the suite printed no summary (exit $rc)"
		total_fail=$((total_fail + 1)) broken+=("$name")
		continue
	fi
	p=${summary%% passed*} f=${summary#*passed, } f=${f%% failed*}
	total_pass=$((total_pass + p)) total_fail=$((total_fail + f))
	if [[ $rc -ne 0 && $f -eq 0 ]]; then
		echo "FAIL $name: exit $rc"
		total_fail=$((total_fail + 1))
	fi
	[[ $rc -ne 0 || $f -ne 0 ]] && broken+=("$name")
done
echo "==="
[[ ${#broken[@]} -gt 0 ]] && echo "failing suites: ${broken[*]}"
echo "$total_pass passed, $total_fail failed"
[[ $total_fail -eq 0 ]]
