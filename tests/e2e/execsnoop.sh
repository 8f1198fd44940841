#!/usr/bin/env bash
# execsnoop on the real kernel: the test's own exec() calls appear with
# their pid, parent pid, uid, result and every argument; filters work.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/execsnoop/execsnoop.wasm
make_tmp
require_tracefs

prog="$tmp/wbx$$e$RANDOM"
cp /bin/echo "$prog"
chmod 755 "$tmp" "$prog"
comm=$(basename "$prog" | cut -c1-15)

start_module() {
	local out=$1
	shift
	guest_start "$out" "PCOMM" "$HOST" "$MODULE" "$@"
}

# stop_module: SIGINT, then the exit status of the module.
stop_module() {
	guest_stop
	return "$RC"
}

# --- all exec() calls: ours is there with every argument
out=$tmp/all.out
if start_module "$out"; then
	"$prog" alpha "beta gamma" "" delta >/dev/null &
	pid=$!
	wait "$pid"
	"$tmp/does-not-exist" 2>/dev/null
	wait_for "$out" "^$comm " 10
	stop_module
	check "exits 0 on SIGINT" test $? -eq 0
	line=$(awk -v c="$comm" -v p="$pid" '$1 == c && $2 == p' "$out")
	check "exec line with pid" test -n "$line"
	check "parent pid, uid 0, ret 0" test "$(awk '{print $3, $4, $5}' <<<"$line")" = "$$ 0 0"
	args=$(sed -E 's/^[^ ]+ +[0-9]+ +[0-9]+ +[0-9]+ +-?[0-9]+ //' <<<"$line")
	check "every argument, in order (empty one too)" test "$args" = "$prog alpha beta gamma  delta"
	check "failed exec reported with -ENOENT" grep -qE " -2 $tmp/does-not-exist\$" "$out"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

# --- -n NAME: only that program; -x: only failures
out=$tmp/name.out
if start_module "$out" -n "$comm"; then
	/bin/true
	"$prog" one >/dev/null &
	pid=$!
	wait "$pid"
	wait_for "$out" "^$comm " 10
	stop_module
	check "-n: our program shown" grep -qE "^$comm +$pid " "$out"
	check "-n: nothing else shown" test "$(grep -vc -e '^PCOMM' -e "^$comm " "$out")" -eq 0
else
	fail "module starts (-n)" "$(head -c 300 "$out.err")"
fi

out=$tmp/failed.out
if start_module "$out" -x; then
	"$prog" ok >/dev/null
	"$tmp/nope-$$" 2>/dev/null
	wait_for "$out" "nope-$$" 10
	stop_module
	check "-x: the failure is shown" grep -qE " -2 $tmp/nope-$$\$" "$out"
	check "-x: the success is not" test -z "$(grep -E "^$comm " "$out")"
else
	fail "module starts (-x)" "$(head -c 300 "$out.err")"
fi

# --- -u UID: a program run as nobody is shown, root's are not
out=$tmp/uid.out
if start_module "$out" -u 65534; then
	"$prog" as-root >/dev/null
	setpriv --reuid=65534 --regid=65534 --clear-groups "$prog" as-nobody >/dev/null
	wait_for "$out" "as-nobody" 10
	stop_module
	check "-u: nobody's exec shown with uid 65534" grep -qE "^$comm +[0-9]+ +[0-9]+ +65534 +0 $prog as-nobody\$" "$out"
	check "-u: root's exec not shown" test -z "$(grep as-root "$out")"
else
	fail "module starts (-u)" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -u abc >"$tmp/bad" 2>&1
check "bad -u exits 64" test $? -eq 64
check "bad -u names the value" grep -q "invalid UID 'abc'" "$tmp/bad"

summary
