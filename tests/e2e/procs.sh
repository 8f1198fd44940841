#!/usr/bin/env bash
# procs: exec and exit events of processes the test runs, each kind from
# its own ring buffer; with -d 2 the exec program is detached after two
# exec events: the next processes still exit on the other ring, but their
# exec is no longer seen.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/procs/procs.wasm
make_tmp
require_tracefs
exe=$tmp/wbprocs$$
cp "$(command -v bash)" "$exe"
comm=$(basename "$exe" | cut -c1-15)

# run CODE: the copy of bash exits with CODE; its pid in $pid
run() {
	"$exe" -c "exit $1" &
	pid=$!
	wait "$pid"
}

out=$tmp/out
if guest_start "$out" "^KIND" "$HOST" "$MODULE" -c "$comm" -d 2; then
	declare -a pids
	for code in 1 2; do
		run $code
		pids[code]=$pid
		wait_for "$out" "^EXIT $pid " 10
	done
	wait_for "$out" "^Detached handle_exec after 2 exec events\$" 10
	for code in 3 4; do
		run $code
		pids[code]=$pid
		wait_for "$out" "^EXIT $pid " 10
	done
	guest_stop
	check "exits 0 on SIGINT" test "$RC" -eq 0
	for code in 1 2; do
		check "exec ring: process $code (pid ${pids[code]}, ppid $$, path)" \
			grep -qE "^EXEC ${pids[code]} +$$ +$comm +$exe\$" "$out"
	done
	check "the exec program detached after two exec events" \
		grep -qx "Detached handle_exec after 2 exec events" "$out"
	for code in 1 2 3 4; do
		check "exit ring: process $code (pid ${pids[code]}) exited with $code" \
			grep -qE "^EXIT ${pids[code]} +$$ +$comm +$code\$" "$out"
	done
	check "no exec event after the detach" test "$(grep -c '^EXEC ' "$out")" -eq 2
	check "only the -c processes" test "$(grep -cE '^(EXEC|EXIT) ' "$out")" -eq 6
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -d 0 >/dev/null 2>&1
check "-d 0 is a usage error (64, argp's)" test $? -eq 64

summary
