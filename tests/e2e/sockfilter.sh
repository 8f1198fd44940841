#!/usr/bin/env bash
# sockfilter: libbpf-bootstrap's socket filter on the loopback of a network
# namespace of its own. Three UDP datagrams to a closed port make three
# ICMP port-unreachable replies; the tool prints exactly those six packets
# (each once: the filter keeps the host's copy, not the outgoing one).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/sockfilter/sockfilter.wasm
make_tmp

unshare -n bash -c '
	. tests/lib/harness.sh
	ip link set lo up || exit 3
	guest_start "$1" "^Watching IPv4 packets on lo" "$0" --dir /sys "$2" -i lo || exit 4
	for _ in 1 2 3; do printf x >/dev/udp/127.0.0.1/4242; done
	wait_for "$1" "ICMP.*(dst)" 10
	sleep 0.5
	guest_stop
	exit $RC' "$HOST" "$tmp/out" "$MODULE"
rc=$?
out=$tmp/out
check "exits 0 on SIGINT (in a new netns)" test "$rc" -eq 0
check "the three datagrams to 127.0.0.1:4242" \
	test "$(grep -cP '^interface: lo\tprotocol: UDP\t127\.0\.0\.1:[0-9]+\(src\) -> 127\.0\.0\.1:4242\(dst\)$' "$out")" -eq 3
check "the three ICMP replies" test "$(grep -cP '^interface: lo\tprotocol: ICMP\t127\.0\.0\.1:' "$out")" -eq 3
check "nothing else" test "$(grep -c '^interface: ' "$out")" -eq 6
check "nothing on stderr" test ! -s "$out.err"

"$HOST" --dir /sys "$MODULE" extra >"$tmp/bad" 2>&1
check "an argument is a usage error (64, argp's)" test $? -eq 64

summary
