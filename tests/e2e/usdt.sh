#!/usr/bin/env bash
# usdt: the example's target fires wbtarget:step N times with (i, A, i*A);
# every hit is printed with its pid, comm, the cookie asked for and the
# three arguments; with -p only the process asked for (a shell that execs
# the target once told to, so its pid is known first).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/usdt/usdt.wasm
make_tmp
cp examples/usdt/target "$tmp/wbusdt"
TARGET=$tmp/wbusdt

out=$tmp/out
if guest_start "$out" "^Tracing " "$HOST" "$MODULE" -c 0x42 "$TARGET" wbtarget step; then
	"$TARGET" 3 7 >/dev/null &
	p1=$!
	wait "$p1"
	wait_for "$out" "args=3,7,21\$" 10
	guest_stop
	check "exits 0 on SIGINT" test "$RC" -eq 0
	for i in 1 2 3; do
		check "hit $i: pid $p1, comm, cookie 0x42, arguments $i,7,$((i * 7))" \
			grep -qx "wbtarget:step pid=$p1 comm=wbusdt cookie=0x42 args=$i,7,$((i * 7))" "$out"
	done
	check "three hits, no more" test "$(grep -c '^wbtarget:step ' "$out")" -eq 3
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "starts" "$(head -c 300 "$out.err")"
fi

mkfifo "$tmp/go"
bash -c 'read -r _ <"$1"; exec "$2" 2 5' _ "$tmp/go" "$TARGET" >/dev/null &
traced=$!
out=$tmp/pid
if guest_start "$out" "^Tracing " "$HOST" "$MODULE" -p "$traced" "$TARGET" wbtarget step; then
	"$TARGET" 4 1 >/dev/null
	echo go >"$tmp/go"
	wait "$traced"
	wait_for "$out" "args=2,5,10\$" 10
	sleep 0.2
	guest_stop
	check "-p: exits 0 on SIGINT" test "$RC" -eq 0
	check "-p: the two hits of pid $traced, the default cookie" \
		test "$(grep -cE "^wbtarget:step pid=$traced comm=wbusdt cookie=0xcafedead args=[12],5,(5|10)\$" "$out")" -eq 2
	check "-p: no other process" test "$(grep -c '^wbtarget:step ' "$out")" -eq 2
else
	fail "-p: starts" "$(head -c 300 "$out.err")"
	kill "$traced"
fi

"$HOST" "$MODULE" "$TARGET" wbtarget no_such_probe >"$tmp/bad" 2>&1
check "an unknown probe: exit 1, libbpf's error" test $? -eq 1 -a -n "$(grep 'Failed to attach' "$tmp/bad")"

summary
