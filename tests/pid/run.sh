#!/usr/bin/env bash
# getpid(): a minimal-style guest sets my_pid = getpid() and the kernel
# counts exactly the guest's own writes while another process writes as
# fast as it can; the same with the pid the kernel reports (the path
# getpid() takes on runtimes that do not give the guest its pid); the
# module imports nothing beyond WASI and the six wasm_bpf functions.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=tests/pid/minimal.wasm
make_tmp
require_tracefs

# writes that a filter on the wrong pid (or none) would count
yes >/dev/null &
noise=$!

for mode in getpid kernel; do
	args=(7)
	[[ $mode == kernel ]] && args+=(--kernel-pid)
	"$HOST" "$MODULE" "${args[@]}" >"$tmp/$mode" 2>"$tmp/$mode.err" &
	guest=$!
	guest_wait "$guest"
	rc=$RC
	if [[ $rc -ne 0 ]]; then
		fail "$mode: guest runs" "exit $rc: $(head -c 300 "$tmp/$mode.err")"
		continue
	fi
	check "$mode: getpid() is the runtime's pid" grep -qx "pid=$guest" "$tmp/$mode"
	[[ $mode == kernel ]] &&
		check "$mode: the kernel reports the runtime's pid" grep -qx "kernel_pid=$guest" "$tmp/$mode"
	check "$mode: the kernel counted the guest's 7 writes, none of the others" \
		grep -qx "writes=7 last_pid=$guest" "$tmp/$mode"
	check "$mode: nothing on stderr" test ! -s "$tmp/$mode.err"
done
kill "$noise"

# portable: WASI and the six imports only (getpid() adds an export)
imports=$(wasm-objdump -x -j Import "$MODULE" | sed -n 's/.* <- \([^.]*\)\..*/\1/p' | sort -u | tr '\n' ' ')
check "imports only wasi_snapshot_preview1 and wasm_bpf" test "$imports" = "wasi_snapshot_preview1 wasm_bpf "
check "exports wasm_bpf_set_pid" bash -c "wasm-objdump -x -j Export '$MODULE' | grep -q '\"wasm_bpf_set_pid\"'"

summary
