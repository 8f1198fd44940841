#!/usr/bin/env bash
# uprobe: the test runs the example's target with its own arguments and
# checks the entry (arguments) and return (result) lines with its pid.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/uprobe/uprobe.wasm
TARGET=examples/uprobe/target
make_tmp

out=$tmp/out
if guest_start "$out" "^Tracing add_numbers" "$HOST" "$MODULE"; then
	"$TARGET" 3 4000000000 >"$tmp/t1" &
	pid1=$!
	wait "$pid1"
	"$TARGET" -7 -5 >"$tmp/t2" &
	pid2=$!
	wait "$pid2"
	wait_for "$out" "RETURN pid=$pid2 " 10
	guest_stop
	check "exits 0 on SIGINT" test $RC -eq 0
	check "target computed 4000000003" test "$(cat "$tmp/t1")" = 4000000003
	check "entry: pid, comm, int and long arguments" grep -qx "ENTRY  pid=$pid1 comm=target a=3 b=4000000000" "$out"
	check "return: the long result" grep -qx "RETURN pid=$pid1 comm=target ret=4000000003" "$out"
	check "negative arguments and result" grep -qx "ENTRY  pid=$pid2 comm=target a=-7 b=-5" "$out"
	check "negative result" grep -qx "RETURN pid=$pid2 comm=target ret=-12" "$out"
	check "entry before return" test "$(grep -n "pid=$pid1 " "$out" | cut -d: -f1 | tr '\n' ' ')" = "$(grep -n "ENTRY  pid=$pid1 " "$out" | cut -d: -f1) $(grep -n "RETURN pid=$pid1 " "$out" | cut -d: -f1) "
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi
"$HOST" "$MODULE" extra >"$tmp/usage" 2>&1
check "an argument: usage, exit 2" test $? -eq 2

summary
