#!/usr/bin/env bash
# counters: .rodata configuration, live .bss counters and a .data switch
# changed after load, all observed through the test's own syscalls.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/counters/counters.wasm
make_tmp
require_tracefs
cp tests/lib/trigger "$tmp/wbtrigger"

out=$tmp/out
if guest_start "$out" "^total=" "$HOST" "$MODULE" -n wbtrigger -i 100 -o 5; then
	check "configuration line" grep -qx "counting syscalls of wbtrigger, watching syscall 121" "$out"
	check "starts at zero" grep -qx "total=0 watched=0 last_pid=0 enabled=1" "$out"
	"$tmp/wbtrigger" 5 &
	pid=$!
	wait "$pid"
	wait_for "$out" "switched off" 10
	check "five watched calls with the trigger's pid" grep -qE "^total=[0-9]+ watched=5 last_pid=$pid enabled=1\$" "$out"
	total=$(grep -oE "^total=[0-9]+ watched=5 " "$out" | head -n 1 | sed 's/total=\([0-9]*\).*/\1/')
	check "total counts more than the watched calls" test "${total:-0}" -gt 5
	check "switched off through .data" grep -qx "counting switched off at watched=5 (0)" "$out"
	# the kernel no longer counts: five more calls change nothing
	"$tmp/wbtrigger" 5
	sleep 0.5
	guest_stop
	check "exits 0 on SIGINT" test $RC -eq 0
	after=$(sed -n '/switched off/,$p' "$out" | grep '^total=' | sort -u)
	check "counts frozen after the switch" test "$(wc -l <<<"$after")" -eq 1
	check "frozen at watched=5, disabled" grep -qE "^total=[0-9]+ watched=5 last_pid=$pid enabled=0\$" <<<"$after"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -c 2 -i 50 -n wbnobody >"$tmp/c2" 2>&1
check "-c 2 stops by itself with 0" test $? -eq 0
check "-c 2 prints two samples" test "$(grep -c '^total=' "$tmp/c2")" -eq 2
"$HOST" "$MODULE" -i 1 >"$tmp/bad" 2>&1
check "interval below 10 ms is refused with 64" test $? -eq 64

summary
