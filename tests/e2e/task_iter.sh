#!/usr/bin/env bash
# task_iter: the example lists every task; among them a sleeper the test
# started (its pid, comm, state and a kernel stack) and the test's shell.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/task_iter/task_iter.wasm
make_tmp

cp "$(command -v sleep)" "$tmp/wbtaskit"
"$tmp/wbtaskit" 60 &
sleeper=$!
sleep 0.2	# until it sleeps
"$HOST" "$MODULE" >"$tmp/out" 2>"$tmp/err"
check "exits 0" test $? -eq 0
check "the sleeper: pid $sleeper, comm wbtaskit, a kernel stack, INTERRUPTIBLE" \
	grep -qE "^Task Info\. Pid: $sleeper\. Process Name: wbtaskit\. Kernel Stack Len: [1-9][0-9]*\. State: INTERRUPTIBLE\$" "$tmp/out"
check "the test's shell (pid $$)" grep -qE "^Task Info\. Pid: $$\. " "$tmp/out"
check "kernel threads too (kthreadd, pid 2)" grep -qE '^Task Info\. Pid: 2\. Process Name: kthreadd\. ' "$tmp/out"
tasks=$(ls /proc/*/task | grep -c '^[0-9]')
lines=$(wc -l <"$tmp/out")
check "one line per task: $lines, about the $tasks threads in /proc" \
	test "$lines" -ge $((tasks / 2)) -a "$lines" -le $((tasks * 2))
check "nothing on stderr" test ! -s "$tmp/err"
kill "$sleeper"

"$HOST" "$MODULE" extra >/dev/null 2>&1
check "an argument is a usage error (2)" test $? -eq 2

summary
