#!/usr/bin/env bash
# tc: the example on one end of a veth pair between two network namespaces
# the test makes. Five UDP datagrams to the -p port and two to another come
# from the peer; the counters say exactly that, and once the tool is
# stopped no filter and no clsact of it is left on the interface.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/tc/tc.wasm
make_tmp

A=wbtcA$$ B=wbtcB$$
cleanup_ns() { ip netns del $A 2>/dev/null; ip netns del $B 2>/dev/null; }
trap 'kill -9 $(jobs -p) 2>/dev/null; cleanup_ns; [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT
if ! { ip netns add $A && ip netns add $B &&
	ip -n $A link add wbtc0 type veth peer name wbtc1 netns $B &&
	ip -n $A addr add 10.78.0.1/24 dev wbtc0 && ip -n $B addr add 10.78.0.2/24 dev wbtc1 &&
	ip -n $A link set wbtc0 up && ip -n $B link set wbtc1 up; }; then
	fail "network namespaces" "cannot make a veth pair between two namespaces"
	summary
	exit 1
fi
ifindex=$(ip netns exec $A cat /sys/class/net/wbtc0/ifindex)

out=$tmp/out
if guest_start "$out" "^Counting ingress packets" \
	ip netns exec $A "$HOST" --dir /sys "$MODULE" -i wbtc0 -p 4242; then
	check "attached to wbtc0 by name, handle 1, priority 1" \
		grep -qx "Counting ingress packets on wbtc0 (ifindex $ifindex, handle 1, priority 1)... Hit Ctrl-C to end." "$out"
	check "the kernel lists the classifier on wbtc0's ingress" \
		bash -c "ip netns exec $A tc filter show dev wbtc0 ingress | grep -q 'tc_ingress'"
	for _ in 1 2 3 4 5; do
		ip netns exec $B bash -c 'printf x >/dev/udp/10.78.0.1/4242'
	done
	ip netns exec $B bash -c 'printf x >/dev/udp/10.78.0.1/4243; printf x >/dev/udp/10.78.0.1/4243'
	wait_for "$out" "udp port 4242: 5$" 10
	guest_stop
	check "exits 0 on SIGINT" test "$RC" -eq 0
	total=$(grep '^total: ' "$out")
	check "5 datagrams to port 4242, not the 2 to 4243 ($total)" \
		grep -qE '^total: .* udp port 4242: 5$' <<<"$total"
	ipv4=$(sed -E 's/.* ipv4 ([0-9]+) .*/\1/' <<<"$total")
	check "the 7 IPv4 packets ($ipv4; ARP is not IPv4)" test "${ipv4:-0}" -eq 7
	check "one report a second, named after the interface" grep -qE '^wbtc0: packets [0-9]+ bytes [0-9]+ ipv4 [0-9]+ udp port 4242: [0-9]+$' "$out"
	check "nothing on stderr" test ! -s "$out.err"
	check "no filter left on wbtc0" test -z "$(ip netns exec $A tc filter show dev wbtc0 ingress)"
	check "the clsact it made is gone" bash -c "! ip netns exec $A tc qdisc show dev wbtc0 | grep -q clsact"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

ip netns exec $A "$HOST" --dir /sys "$MODULE" -i nosuch0 >"$tmp/bad" 2>&1
check "unknown interface: exit 1" test $? -eq 1
check "unknown interface: one line naming it" grep -qx "Unknown interface nosuch0: .*" "$tmp/bad"
"$HOST" "$MODULE" -p 0 >"$tmp/usage" 2>&1
check "a bad port is a usage error (2)" test $? -eq 2

summary
