#!/usr/bin/env bash
# ufunc: uprobes on the uprobe example's target, named on the command line,
# by function name and by the file offset readelf gives; with -p only the
# process asked for is traced: the test knows its pid before it runs the
# function (a shell that execs the target once told to).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/ufunc/ufunc.wasm
make_tmp
cp examples/uprobe/target "$tmp/wbufunc"
TARGET=$tmp/wbufunc

# the file offset of add_numbers: its address moved into the executable PT_LOAD
addr=$(readelf -sW "$TARGET" | awk '$8 == "add_numbers" {print $2}')
off=
while read -r _ poff vaddr _ _ memsz flags; do
	[[ $flags == *E* ]] || continue
	if (( 16#$addr >= vaddr && 16#$addr < vaddr + memsz )); then
		off=$(printf '0x%x' $(( 16#$addr - vaddr + poff )))
	fi
done < <(readelf -lW "$TARGET" | awk '$1 == "LOAD"')
check "readelf finds add_numbers in an executable segment" test -n "$off"

for how in add_numbers "$off"; do
	out=$tmp/out
	if guest_start "$out" "^Tracing " "$HOST" "$MODULE" "$TARGET" "$how"; then
		"$TARGET" 3 4000000000 >/dev/null &
		p1=$!
		wait "$p1"
		"$TARGET" 20 22 >/dev/null &
		p2=$!
		wait "$p2"
		wait_for "$out" "^RETURN pid=$p2 " 10
		guest_stop
		check "$how: exits 0 on SIGINT" test "$RC" -eq 0
		check "$how: entry with pid, comm and arguments" \
			grep -qE "^ENTRY  pid=$p1 comm=wbufunc args=3,4000000000,-?[0-9]+\$" "$out"
		check "$how: the return with the result" grep -qx "RETURN pid=$p1 comm=wbufunc ret=4000000003" "$out"
		check "$how: the second process too" grep -qx "RETURN pid=$p2 comm=wbufunc ret=42" "$out"
		check "$how: nothing on stderr" test ! -s "$out.err"
	else
		fail "$how: starts" "$(head -c 300 "$out.err")"
	fi
done
check "by offset: the header names the offset" grep -qx "Tracing offset $off of $TARGET... Hit Ctrl-C to end." "$tmp/out"

# -p: a shell waits on a fifo, then execs the target with its own pid
mkfifo "$tmp/go"
bash -c 'read -r _ <"$1"; exec "$2" 5 6' _ "$tmp/go" "$TARGET" >/dev/null &
traced=$!
out=$tmp/pid
if guest_start "$out" "^Tracing " "$HOST" "$MODULE" -p "$traced" "$TARGET" add_numbers; then
	"$TARGET" 1 1 >/dev/null
	echo go >"$tmp/go"
	wait "$traced"
	wait_for "$out" "^RETURN pid=$traced " 10
	sleep 0.2
	guest_stop
	check "-p: exits 0 on SIGINT" test "$RC" -eq 0
	check "-p: the header names the pid" grep -qx "Tracing add_numbers in $TARGET, pid $traced... Hit Ctrl-C to end." "$out"
	check "-p: pid $traced's call and return" \
		test "$(grep -cE "^(ENTRY  pid=$traced comm=wbufunc args=5,6,|RETURN pid=$traced comm=wbufunc ret=11\$)" "$out")" -eq 2
	check "-p: no other process" test "$(grep -cE '^(ENTRY|RETURN) ' "$out")" -eq 2
else
	fail "-p: starts" "$(head -c 300 "$out.err")"
	kill "$traced"
fi

"$HOST" "$MODULE" "$TARGET" no_such_function >"$tmp/bad" 2>&1
check "an unknown function: exit 1" test $? -eq 1
check "an unknown function: libbpf's error" grep -q "Failed to attach uprobe: -" "$tmp/bad"
"$HOST" "$MODULE" "$TARGET" >/dev/null 2>&1
check "no function: usage error (64, argp's)" test $? -eq 64

summary
