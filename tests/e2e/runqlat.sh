#!/usr/bin/env bash
# runqlat: a process of the test's own (a uniquely named shell that keeps
# sleeping and waking) gets its own histogram with -P; the global one has
# bcc's layout.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/runqlat/runqlat.wasm
make_tmp

busy="$tmp/wbrq$$"
cp /bin/bash "$busy"
comm=$(basename "$busy" | cut -c1-15)

out=$tmp/out
if guest_start "$out" "^Tracing run queue latency" "$HOST" "$MODULE" -P 1 3; then
	# each child's exit wakes the shell: queued, then run
	"$busy" -c 'for i in $(seq 150); do /bin/true; done' &
	pid=$!
	wait "$pid"
	guest_wait
	check "exits 0 after COUNT intervals" test $RC -eq 0
	check "three interval timestamps" test "$(grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' "$out")" -eq 3
	# the shell and its forks (named like it until they exec) have histograms
	check "histograms of the test's processes, under their name" grep -qE "^pid = [0-9]+ $comm\$" "$out"
	total=$(awk -v c="$comm" '/^pid = / {on = ($4 == c); next} on && / -> / {s += $5} END {print s + 0}' "$out")
	check "they count the processes' wake-ups (>= 100)" test "$total" -ge 100
	check "bcc's header line" grep -qE '^     usecs               : count    distribution$' "$out"
	check "bcc's rows" grep -qE '^ +[0-9]+ -> [0-9]+ +: [0-9]+ +\|\**  *\|$|^ +[0-9]+ -> [0-9]+ +: [0-9]+ +\|\*+\|$' "$out"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

out=$tmp/ms
"$HOST" "$MODULE" -m 1 1 >"$out" 2>&1
check "-m: milliseconds, one global histogram" grep -qE '^     msecs +: count    distribution$' "$out"
"$HOST" "$MODULE" 0 >"$tmp/bad" 2>&1
check "interval 0 is refused with 64" test $? -eq 64

summary
