#!/usr/bin/env bash
# opensnoop on the real kernel (perf buffer): the test's own opens appear
# with pid, comm, fd or errno and path; -p, -n and -x filter.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/opensnoop/opensnoop.wasm
make_tmp
require_tracefs

prog="$tmp/wbo$$c$RANDOM"
cp /bin/cat "$prog"
comm=$(basename "$prog" | cut -c1-15)
file="$tmp/present.txt"
echo hello >"$file"

start_module() {
	local out=$1
	shift
	guest_start "$out" "PATH" "$HOST" "$MODULE" "$@"
}

# stop_module: SIGINT, then the exit status of the module.
stop_module() {
	guest_stop
	return "$RC"
}

# --- everything: an open that works and one that fails
out=$tmp/all.out
if start_module "$out"; then
	"$prog" "$file" >/dev/null &
	ok_pid=$!
	wait "$ok_pid"
	"$prog" "$tmp/absent.txt" 2>/dev/null &
	bad_pid=$!
	wait "$bad_pid"
	wait_for "$out" "$tmp/absent.txt" 10
	stop_module
	check "exits 0 on SIGINT" test $? -eq 0
	check "successful open: pid, comm, fd 3, err 0, path" \
		grep -qE "^$ok_pid +$comm +3 +0 $file\$" "$out"
	check "failed open: fd -1, err 2 (ENOENT)" \
		grep -qE "^$bad_pid +$comm +-1 +2 $tmp/absent.txt\$" "$out"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

# --- -x: failures only
out=$tmp/x.out
if start_module "$out" -x -n "$comm"; then
	"$prog" "$file" >/dev/null
	"$prog" "$tmp/absent2.txt" 2>/dev/null
	wait_for "$out" "absent2" 10
	stop_module
	check "-x: the failure is shown" grep -q "$tmp/absent2.txt" "$out"
	check "-x: the success is not" test -z "$(grep "$file" "$out")"
	check "-n: only our program" test "$(grep -vc -e '^PID' -e " $comm " "$out")" -eq 0
else
	fail "module starts (-x)" "$(head -c 300 "$out.err")"
fi

# --- -p PID: a process that waits for the module, then opens
out=$tmp/p.out
mkfifo "$tmp/go"
bash -c "read -r x <'$tmp/go'; exec '$prog' '$file'" >/dev/null &
target=$!
if start_module "$out" -p "$target"; then
	"$prog" "$file" >/dev/null
	echo go >"$tmp/go"
	wait "$target"
	wait_for "$out" "^$target " 10
	stop_module
	check "-p: the target's open is shown" grep -qE "^$target +$comm +3 +0 $file\$" "$out"
	check "-p: no other process" test "$(grep -vc -e '^PID' -e "^$target " "$out")" -eq 0
else
	fail "module starts (-p)" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -p 0 >"$tmp/bad" 2>&1
check "bad -p exits 64" test $? -eq 64
check "bad -p names the value" grep -q "invalid PID '0'" "$tmp/bad"

summary
