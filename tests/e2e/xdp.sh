#!/usr/bin/env bash
# xdp on lo: the test sends its own UDP datagrams to a port of its own and
# checks the exact packet and byte counts for that port.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=examples/xdp/xdp.wasm
make_tmp

port=$((30000 + $$ % 20000))
payload=$(printf 'x%.0s' $(seq 100))
out=$tmp/out
if guest_start "$out" "^Counting packets on lo" "$HOST" "$MODULE" -i 200 -p "$port" lo; then
	# five datagrams of 100 bytes: on the wire 14 (Ethernet) + 20 (IPv4) + 8 (UDP) + 100
	for _ in 1 2 3 4 5; do
		printf '%s' "$payload" >"/dev/udp/127.0.0.1/$port"
	done
	wait_for "$out" "^ipv4/udp  *5 packets" 10
	sleep 0.3
	guest_stop
	check "exits 0 on SIGINT" test $RC -eq 0
	check "5 UDP packets, 710 bytes, on the test's port" \
		grep -qE "^ipv4/udp +5 packets +710 bytes\$" "$out"
	check "nothing else on that port" test -z "$(grep -E '^(ipv4/(tcp|icmp|other)|ipv6|not-ip)' "$out")"
	check "nothing on stderr" test ! -s "$out.err"
else
	fail "module starts" "$(head -c 300 "$out.err")"
fi

"$HOST" "$MODULE" -c 1 nosuchif0 >"$tmp/bad" 2>&1
check "unknown interface: exit 1" test $? -eq 1
check "unknown interface: says so" grep -q "Failed to attach XDP to nosuchif0" "$tmp/bad"
"$HOST" "$MODULE" >"$tmp/usage" 2>&1
check "no interface: usage error 64" test $? -eq 64

summary
