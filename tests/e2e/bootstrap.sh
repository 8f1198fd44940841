#!/usr/bin/env bash
# End to end: bootstrap.wasm on the project's host against the real kernel.
# The test runs programs of its own, under unique names, and looks for their
# EXEC and EXIT lines with their real pid and parent pid.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/bootstrap/bootstrap.wasm
make_tmp

require_tracefs
for f in "$HOST" "$MODULE"; do
	[[ -x $f || -f $f ]] || { fail setup "$f is not built (run make)"; summary; exit 1; }
done

# A copy of sleep with a name no other process has; comm is its first 15 chars.
prog="$tmp/wb$$sl$RANDOM"
cp /bin/sleep "$prog"
comm=$(basename "$prog" | cut -c1-15)

# start_module OUT ARGS...: runs the module until it has attached (header printed).
start_module() {
	local out=$1
	shift
	guest_start "$out" "FILENAME/EXIT CODE" "$HOST" "$MODULE" "$@"
}

# stop_module: SIGINT, then the exit status of the module.
stop_module() {
	guest_stop
	return "$RC"
}

# line OUT EVENT PID: the EVENT line of process PID.
line() {
	awk -v ev="$2" -v pid="$3" -v comm="$comm" \
		'$2 == ev && $3 == comm && $4 == pid' "$1"
}

# --- no arguments: every exec and exit
out=$tmp/all.out
if start_module "$out"; then
	"$prog" 0.3 &
	pid=$!
	wait "$pid"
	wait_for "$out" "EXIT  $comm" 10
	stop_module
	rc=$?
	check "exits 0 on SIGINT" test "$rc" -eq 0
	exec_line=$(line "$out" EXEC "$pid")
	exit_line=$(line "$out" EXIT "$pid")
	check "EXEC line for own process" test -n "$exec_line"
	check "EXEC parent pid is the test shell" test "$(awk '{print $5}' <<<"$exec_line")" = "$$"
	check "EXEC filename" test "$(awk '{print $6}' <<<"$exec_line")" = "$prog"
	check "EXIT line for own process" test -n "$exit_line"
	check "EXIT parent pid" test "$(awk '{print $5}' <<<"$exit_line")" = "$$"
	check "EXIT code 0" test "$(awk '{print $6}' <<<"$exit_line")" = "[0]"
	dur=$(sed -n 's/.*(\([0-9]*\)ms)$/\1/p' <<<"$exit_line")
	check "EXIT duration about 300ms" test "${dur:-0}" -ge 250 -a "${dur:-0}" -lt 5000
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "no header within 60 s: $(head -c 300 "$out.err")"
fi

# --- a failing process reports its exit code
out=$tmp/code.out
if start_module "$out"; then
	sh -c 'exit 3' &
	pid=$!
	wait "$pid"
	wait_for "$out" " $pid " 10
	stop_module
	check "EXIT code 3 of sh" grep -qE "EXIT +sh +$pid +$$ +\[3\]" "$out"
else
	fail "module starts (exit code)" "$(head -c 300 "$out.err")"
fi

# --- -d 500: only EXIT lines of processes that lived 500 ms or more
out=$tmp/dur.out
if start_module "$out" -d 500; then
	"$prog" 0.1 &
	short=$!
	wait "$short"
	"$prog" 1 &
	long=$!
	wait "$long"
	wait_for "$out" "EXIT  $comm" 10
	stop_module
	check "-d 500: long process reported" test -n "$(line "$out" EXIT "$long")"
	check "-d 500: short process absent" test -z "$(line "$out" EXIT "$short")"
	check "-d 500: no EXEC lines" test -z "$(awk '$2 == "EXEC"' "$out")"
	dur=$(line "$out" EXIT "$long" | sed -n 's/.*(\([0-9]*\)ms)$/\1/p')
	check "-d 500: duration at least 1000ms" test "${dur:-0}" -ge 1000
else
	fail "module starts (-d 500)" "$(head -c 300 "$out.err")"
fi

# --- usage
"$HOST" "$MODULE" -h >"$tmp/help" 2>&1
check "-h exits 0" test $? -eq 0
check "-h prints usage" grep -q "^USAGE: bootstrap" "$tmp/help"
"$HOST" "$MODULE" -d xyz >"$tmp/bad" 2>&1
check "bad -d value exits 64 (usage)" test $? -eq 64
check "bad -d value names it" grep -q "invalid duration 'xyz'" "$tmp/bad"

summary
