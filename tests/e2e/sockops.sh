#!/usr/bin/env bash
# sockops on a cgroup v2 the test creates: TCP connections made inside it,
# both ends, are counted by port; connections outside it are not.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/sockops/sockops.wasm
TCPPING=$PWD/tests/lib/tcpping
tmp=$(mktemp -d)
cg=
cleanup() {
	kill -9 $(jobs -p) 2>/dev/null
	wait 2>/dev/null
	[[ -n $cg ]] && rmdir "$cg" 2>/dev/null
	[[ $cg == "$tmp"/cgroup2/* ]] && umount "$tmp/cgroup2"
	[[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"
}
trap cleanup EXIT

# wherever this machine mounts cgroup v2
if ! root=$(cgroup2_root); then
	fail "find cgroup v2" "no cgroup2 in /proc/self/mountinfo and mount -t cgroup2 failed"
	summary
	exit 1
fi
cg=$root/wbt-sockops-$$
if ! mkdir "$cg" 2>"$tmp/mkdir.err"; then
	fail "create a cgroup" "$(cat "$tmp/mkdir.err")"
	summary
	exit 1
fi
port=$((20000 + $$ % 20000))

# in_cgroup CMD...: run CMD inside the test's cgroup
in_cgroup() {
	bash -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$cg" "$@"
}

out=$tmp/out
if guest_start "$out" "^active=" "$HOST" "$MODULE" -i 200 "$cg"; then
	in_cgroup "$TCPPING" listen "$port" 3 >"$tmp/listen" &
	server=$!
	wait_for "$tmp/listen" listening 10
	in_cgroup "$TCPPING" connect "$port" 3
	wait "$server"
	# a connection from outside the cgroup, to a server outside: not counted
	"$TCPPING" listen $((port + 1)) 1 >"$tmp/listen2" &
	wait_for "$tmp/listen2" listening 10
	"$TCPPING" connect $((port + 1)) 1
	wait_for "$out" "^active=3 passive=3" 10
	sleep 0.5
	guest_stop
	check "exits 0 on SIGINT" test $RC -eq 0
	check "3 active and 3 passive connections in the cgroup" grep -qx "active=3 passive=3" "$out"
	check "active ones by remote port" grep -qE "^  active +port $port +3\$" "$out"
	check "passive ones by local port" grep -qE "^  passive +port $port +3\$" "$out"
	check "nothing from outside the cgroup" test -z "$(grep -e "port $((port + 1))" -e "^active=4" "$out")"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" >"$tmp/usage" 2>&1
check "no cgroup: usage error 64" test $? -eq 64
"$HOST" "$MODULE" -c 1 /sys/fs/cgroup/unified/no-such-group-$$ >"$tmp/bad" 2>&1
check "a missing cgroup: exit 1" test $? -eq 1
check "a missing cgroup: says so" grep -q "Failed to attach to cgroup" "$tmp/bad"

summary
