#!/usr/bin/env bash
# libbpf's buffers as a tool with several of them uses them, on the real
# kernel: ring_buffer__add() with a callback per map (through the
# extension), two ring buffers and a perf buffer on one object with the
# CPU of each perf event (-DLIBBPF_WASM_EXT_BUFFERS), the kernel's lost
# records reaching the lost callback, and the same guest built for the six
# imports (-DLIBBPF_WASM_NO_EXT) refusing ring_buffer__add with one line.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
D=tests/buffers
TRIG=$(realpath tests/porting/.output/porttrig)
make_tmp
require_tracefs

# run NAME MODULE MODE N ACTIONS...: porttrig (pinned to CPU 0) waits for
# the guest to attach, then does ACTIONS; the guest's stdin gets a line at
# go, and one more when the trigger reaches "wait $tmp/NAME.mid" (which
# it then passes once the guest says "drained") or ends. Output in
# $tmp/NAME.out, the trigger's pid in $PID, the guest's status in $RC.
run() {
	local name=$1 module=$2 mode=$3 n=$4 tp guest tries=600
	shift 4
	mkfifo "$tmp/$name.go" "$tmp/$name.in" "$tmp/$name.mid"
	taskset -c 0 "$TRIG" -w "$tmp/$name.go" "$@" >/dev/null &
	tp=$!
	"$HOST" "$module" "$mode" "$tp" "$n" <"$tmp/$name.in" >"$tmp/$name.out" 2>"$tmp/$name.err" &
	guest=$!
	exec 6>"$tmp/$name.in"
	# until it attached, or failed
	while ! grep -q "^attached" "$tmp/$name.out" && kill -0 "$guest" 2>/dev/null &&
		(( tries-- > 0 )); do
		sleep 0.1
	done
	if grep -q "^attached" "$tmp/$name.out"; then
		echo go >"$tmp/$name.go"
		echo go >&6
		if [[ " $* " == *" wait $tmp/$name.mid "* ]]; then
			exec 7>"$tmp/$name.mid"	# opens once the trigger waits there
			echo done >&6
			wait_for "$tmp/$name.out" "^drained" 30
			echo x >&7
			exec 7>&-
		fi
		wait "$tp"
		echo done >&6
	else
		kill "$tp" 2>/dev/null
	fi
	exec 6>&-
	guest_wait "$guest"
	PID=$tp
}

# --- ring_buffer__new + ring_buffer__add: each map's events to its callback
run rings $D/buffers.wasm rings 10 getpgid 10
check "rings: exits 0" test "$RC" -eq 0
for s in 1 3 5 7 9; do
	check "rings: call $s in ring_a's callback, with the caller's pid and comm" \
		grep -qx "a seq=$s pid=$PID comm=porttrig" "$tmp/rings.out"
done
for s in 2 4 6 8 10; do
	check "rings: call $s in ring_b's callback" grep -qx "b seq=$s pid=$PID comm=porttrig" "$tmp/rings.out"
done
check "rings: nothing else delivered" grep -qx "events=10" "$tmp/rings.out"
check "rings: ring_buffer__add is what imports the extension" \
	bash -c "wasm-objdump -x -j Import $D/buffers.wasm | grep -q '<- wasm_bpf_ext_v1.buffer_add\$'"

# --- three buffers on one object, perf events with their CPU
run two $D/buffers-ext.wasm two 6 getpgid 6
check "two: exits 0" test "$RC" -eq 0
check "two: both ring buffers deliver, each its own calls" \
	test "$(grep -c "^a seq=[135] pid=$PID comm=porttrig$" "$tmp/two.out")" -eq 3 \
	-a "$(grep -c "^b seq=[246] pid=$PID comm=porttrig$" "$tmp/two.out")" -eq 3
check "two: the perf buffer delivers all six, each with the CPU it ran on" \
	test "$(grep -c "^perf seq=[1-6] cpu=same$" "$tmp/two.out")" -eq 6
check "two: no losses, nothing else" grep -qx "events=6 perf=6 lost=0" "$tmp/two.out"

# --- lost records: 3000 events into a one-page perf buffer nobody polls;
# after the drain one more event, which brings the kernel's lost record
run lost $D/buffers-ext.wasm lost 3001 getpgid 3000 wait "$tmp/lost.mid" getpgid 1
check "lost: exits 0" test "$RC" -eq 0
read -r samples lost < <(sed -n 's/^samples=\([0-9]*\) lost=\([0-9]*\)$/\1 \2/p' "$tmp/lost.out")
check "lost: samples + lost = the 3001 events (${samples:-?} + ${lost:-?})" \
	test "$(( ${samples:-0} + ${lost:-0} ))" -eq 3001
check "lost: the one page overflowed and the lost callback said so" test "${lost:-0}" -gt 0
check "lost: and what fitted was delivered" test "${samples:-0}" -gt 0

# --- the six imports only: the same calls, one buffer per object
run noext $D/buffers-noext.wasm rings 2 getpgid 2
check "noext: ring_buffer__add fails the tool (status 1)" test "$RC" -eq 1
check "noext: with one line naming the call and why" \
	grep -q "ring_buffer__add: map fd [0-9]*: the six imports poll one buffer per object" "$tmp/noext.err"
check "noext: the module imports nothing of the extension" \
	bash -c "! wasm-objdump -x -j Import $D/buffers-noext.wasm | grep -q wasm_bpf_ext"
run noext-lost $D/buffers-noext.wasm lost 301 getpgid 300 wait "$tmp/noext-lost.mid" getpgid 1
check "noext: a perf buffer of the six imports (64 pages) gets all 300 and the late one" \
	grep -qx "samples=301 lost=0" "$tmp/noext-lost.out"

summary
