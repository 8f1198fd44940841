#!/usr/bin/env bash
# maps: the guest writes the step into an array map, the kernel applies it
# to the test's own calls in a hash map; LRU and per-CPU maps are read;
# -r deletes hash entries.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/maps/maps.wasm
make_tmp
require_tracefs
cp tests/lib/trigger "$tmp/wbtrigger"

out=$tmp/out
if guest_start "$out" "^report 1:" "$HOST" "$MODULE" -s 10 -i 200 -r; then
	"$tmp/wbtrigger" 4 &
	pid=$!
	wait "$pid"
	wait_for "$out" "pid $pid " 10
	n=$(grep -c '^report' "$out")
	wait_for "$out" "^report $((n + 2)):" 10
	guest_stop
	check "exits 0 on SIGINT" test $RC -eq 0
	check "hash: the trigger's pid with 4 calls x step 10" grep -qE "^  pid $pid +wbtrigger +calls=40 " "$out"
	check "hash: reported once, then deleted (-r)" test "$(grep -c "pid $pid " "$out")" -eq 1
	check "lru: the trigger's name" grep -qx "  recent wbtrigger" "$out"
	total=$(grep -oE 'per-cpu total [0-9]+' "$out" | tail -n 1 | awk '{print $3}')
	check "per-cpu: at least the 4 calls" test "${total:-0}" -ge 4
	check "per-cpu: CPU count matches the machine" grep -q "over $(nproc --all) CPUs" "$out"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -s 0 >"$tmp/bad" 2>&1
check "bad -s exits 64" test $? -eq 64

summary
