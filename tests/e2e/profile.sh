#!/usr/bin/env bash
# profile: one perf event per CPU on a busy process the test starts (-p);
# every sample is that process, on a CPU the machine has, with the user
# stack the kernel took; at 49 Hz for 2 s about 98 samples.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/profile/profile.wasm
make_tmp

cpus=$(awk -F- '{print ($2 == "" ? $1 : $2) + 1}' /sys/devices/system/cpu/possible)
# a loop that never leaves user mode
cp "$(command -v bash)" "$tmp/wbprof"
"$tmp/wbprof" -c 'while :; do :; done' &
busy=$!
"$HOST" --dir /sys "$MODULE" -f 49 -p "$busy" -d 2 >"$tmp/out" 2>"$tmp/err"
rc=$?
kill "$busy"
check "exit 0 after -d 2" test $rc -eq 0
check "all $cpus CPUs sampled at 49 Hz" grep -qE "^Sampling $cpus CPUs at 49 Hz \((cpu-cycles|cpu-clock)\)\.\.\. Hit Ctrl-C to end\.\$" "$tmp/out"
samples=$(grep -c "^COMM: wbprof (pid=$busy) @ CPU [0-9]*\$" "$tmp/out")
check "the busy process sampled (${samples} of about 98, 20 at least)" test "$samples" -ge 20
check "no other process (-p)" test "$(grep '^COMM: ' "$tmp/out" | grep -vc "^COMM: wbprof (pid=$busy) ")" -eq 0
check "only CPUs below $cpus" test -z "$(awk -v n="$cpus" '/^COMM: / && $NF >= n' "$tmp/out")"
ustacks=$(grep -c '^Userspace:$' "$tmp/out")
check "a user stack in every sample ($ustacks of $samples)" test "$ustacks" -eq "$samples"
check "frames as addresses" grep -qE '^  0 \[<[0-9a-f]{16}>\]$' "$tmp/out"
check "stderr: at most the software-event notice" \
	test -z "$(grep -v '^No hardware CPU cycles event; sampling with cpu-clock$' "$tmp/err")"

"$HOST" --dir /sys "$MODULE" -f 0 >/dev/null 2>&1
check "frequency 0 is a usage error (2)" test $? -eq 2

summary
