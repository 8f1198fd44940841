#!/usr/bin/env bash
# The porting corpus end to end: every tool builds as C and as C++ with
# -Werror, and each whose hook exists here runs on the project's runtime
# against events this script causes itself (with porttrig), with the pids,
# names and counts it knows. profile, tccount and ucount -O use the
# runtime's extension (perf events, tc, uprobes by offset).
set -u
cd "$(dirname "$0")"
. ../lib/harness.sh

HOST=../../runtime/wasm-bpf
TRIG=.output/porttrig
APPS="execsnoop exitsnoop opensnoop runqlat syscount writesize ucount profile xdpcount tccount cgcount sigsnoop tcpstates"
make_tmp
require_tracefs

# --- build: C and C++, -Wall -Wextra -Werror (Makefile), helpers linked in
if make -s >"$tmp/build.log" 2>&1; then
	ok "make: every tool and porttrig"
else
	fail "make" "$(tail -c 800 "$tmp/build.log")"
	summary
	exit 1
fi
for app in $APPS; do
	check "$app: C and C++ modules" test -s "$app.wasm" -a -s ".output/$app-cxx.wasm"
done

# start_guest OUT READY-PATTERN MODULE ARGS...: the runtime as $GUEST
# (guest_start); guest_stop then sends SIGINT and sets $RC.
start_guest() {
	local out=$1 ready=$2
	shift 2
	guest_start "$out" "$ready" "$HOST" "$@"
}

# porttrig waiting on a fifo, so a tool can filter by its pid: $TP.
trig_waiting() {
	rm -f "$tmp/go"
	mkfifo "$tmp/go"
	"$TRIG" -w "$tmp/go" "$@" &
	TP=$!
}
trig_go() { echo go >"$tmp/go"; wait "$TP"; }

# --- execsnoop: ring buffer through the bpf_buffer wrapper
out=$tmp/execsnoop
exe=$tmp/wbexec$$
cp "$TRIG" "$exe"
comm=$(basename "$exe" | cut -c1-15)
if start_guest "$out" '^PCOMM' execsnoop.wasm -u 0; then
	"$exe" getpgid 1 &
	pid=$!
	wait "$pid"
	wait_for "$out" "^$comm " 10
	guest_stop
	check "execsnoop: exits 0 on SIGINT" test "$RC" -eq 0
	check "execsnoop: ring buffer" grep -q '^Tracing exec() (ring buffer)' "$out"
	check "execsnoop: the test's exec, with pid, ppid, uid and path" \
		grep -qE "^$comm +$pid +$$ +0 +$exe\$" "$out"
	check "execsnoop: nothing on stderr" test ! -s "$out.err"
else
	fail "execsnoop: starts" "$(head -c 300 "$out.err")"
fi
"$HOST" execsnoop.wasm -u nobody >/dev/null 2>"$tmp/usage"
check "execsnoop: a bad -u is a usage error (64)" test $? -eq 64

# --- exitsnoop: perf buffer, exit codes and signals
out=$tmp/exitsnoop
if start_guest "$out" '^PCOMM' exitsnoop.wasm; then
	"$TRIG" exit 7 &
	p1=$!
	wait "$p1"
	"$TRIG" sleep 100000 1 &
	p2=$!
	sleep 0.2
	kill -TERM "$p2"
	wait "$p2"
	wait_for "$out" "^porttrig +$p2 " 10
	guest_stop
	check "exitsnoop: exits 0 on SIGINT" test "$RC" -eq 0
	check "exitsnoop: exit code 7 of pid $p1 (ppid, tid)" \
		grep -qE "^porttrig +$p1 +$$ +$p1 +[0-9.]+ +code 7\$" "$out"
	check "exitsnoop: pid $p2 killed by signal 15" \
		grep -qE "^porttrig +$p2 +$$ +$p2 +[0-9.]+ +signal 15\$" "$out"
	check "exitsnoop: nothing on stderr" test ! -s "$out.err"
else
	fail "exitsnoop: starts" "$(head -c 300 "$out.err")"
fi

# --- opensnoop: rodata pid filter, Linux errno names
out=$tmp/opensnoop
trig_waiting open /nonexistent/wbporting 3 open /etc/hostname 2
if start_guest "$out" '^PID' opensnoop.wasm -p "$TP"; then
	cat /etc/hostname >/dev/null
	trig_go
	wait_for "$out" "/etc/hostname" 10
	sleep 0.3
	guest_stop
	check "opensnoop: exits 0 on SIGINT" test "$RC" -eq 0
	check "opensnoop: 3 failed opens, ENOENT" \
		test "$(grep -cE "^$TP +porttrig +-1 +2 ENOENT +/nonexistent/wbporting\$" "$out")" -eq 3
	check "opensnoop: 2 opens with their descriptor" \
		test "$(grep -cE "^$TP +porttrig +[0-9]+ +0 - +/etc/hostname\$" "$out")" -eq 2
	check "opensnoop: only pid $TP (filter set before load)" \
		test "$(tail -n +3 "$out" | grep -cvE "^$TP ")" -eq 0
else
	fail "opensnoop: starts" "$(head -c 300 "$out.err")"
fi

# --- runqlat: tp_btf, per-process histogram of the test's sleeper
out=$tmp/runqlat
trig_waiting sleep 2 100
if start_guest "$out" '^Tracing run queue' runqlat.wasm -P -p "$TP"; then
	trig_go
	guest_stop
	check "runqlat: exits 0 on SIGINT" test "$RC" -eq 0
	check "runqlat: the sleeper's histogram" grep -qx "pid = $TP porttrig" "$out"
	check "runqlat: no other process" test "$(grep -c '^pid = ' "$out")" -eq 1
	total=$(awk '/ -> / {s += $5} END {print s + 0}' "$out")
	check "runqlat: 100 sleeps, 100 wake-ups (+ a few preemptions): $total" \
		test "$total" -ge 100 -a "$total" -le 130
	check "runqlat: bcc's header" grep -qE '^     usecs               : count    distribution$' "$out"
else
	fail "runqlat: starts" "$(head -c 300 "$out.err")"
fi
"$HOST" runqlat.wasm 0 >/dev/null 2>&1
check "runqlat: interval 0 is a usage error (64)" test $? -eq 64

# --- syscount: raw_tp, bpf_map__get_next_key, x86-64 names (C and C++)
for module in syscount.wasm .output/syscount-cxx.wasm; do
	out=$tmp/syscount
	trig_waiting getpgid 123 open /nonexistent/wbporting 4
	if start_guest "$out" '^Tracing syscalls' "$module" -p "$TP"; then
		trig_go
		guest_stop
		check "$module: exits 0 on SIGINT" test "$RC" -eq 0
		check "$module: getpgid 123 times, no errors" grep -qE '^getpgid +123 +0$' "$out"
		check "$module: openat 4 times, 4 errors" grep -qE '^openat +4 +4$' "$out"
		check "$module: getpgid first (sorted by count)" \
			test "$(sed -n 3p "$out" | awk '{print $1}')" = getpgid
	else
		fail "$module: starts" "$(head -c 300 "$out.err")"
		kill "$TP" 2>/dev/null
	fi
done

# --- writesize: exact histogram of the test's writes (C and C++ builds)
exe=$tmp/wbws$$
cp "$TRIG" "$exe"
comm=$(basename "$exe" | cut -c1-15)
for module in writesize.wasm .output/writesize-cxx.wasm; do
	out=$tmp/writesize
	if start_guest "$out" '^Tracing write sizes' "$module" -c "$comm"; then
		"$exe" write 1 10 write 100 20 write 5000 30
		guest_stop
		check "$module: exits 0" test "$RC" -eq 0
		check "$module: one histogram, the test's process" \
			test "$(grep -c '^Process Name = ' "$out")" -eq 1 -a \
			"$(grep -c "^Process Name = $comm\$" "$out")" -eq 1
		check "$module: 10 writes of 1 byte" grep -qE '^ +0 -> 1 +: 10 ' "$out"
		check "$module: 20 writes of 100 bytes" grep -qE '^ +64 -> 127 +: 20 ' "$out"
		check "$module: 30 writes of 5000 bytes" grep -qE '^ +4096 -> 8191 +: 30 +\|\*{40}\|$' "$out"
		check "$module: 60 in all" test "$(awk '/ -> / {s += $5} END {print s + 0}' "$out")" -eq 60
	else
		fail "$module: starts" "$(head -c 300 "$out.err")"
	fi
done

# --- ucount: uprobes through bpf_uprobe_opts, the offset through <gelf.h>
# the expected offset: the address moved into the executable PT_LOAD
want=$(readelf -sW "$TRIG" | awk '$8 == "porting_work" {print $2}')
off=
while read -r _ poff vaddr _ _ memsz flags; do
	[[ $flags == *E* ]] || continue
	if (( 16#$want >= vaddr && 16#$want < vaddr + memsz )); then
		off=$(printf '0x%x' $(( 16#$want - vaddr + poff )))
	fi
done < <(readelf -lW "$TRIG" | awk '$1 == "LOAD"')
check "ucount: readelf finds porting_work in an executable segment" test -n "$off"
out=$tmp/ucount
# by function name, and with -O by that file offset (the runtime's extension)
for how in "" -O; do
	if start_guest "$out" '^Tracing ' ucount.wasm -e $how <"$TRIG"; then
		"$TRIG" call 37 &
		p1=$!
		wait "$p1"
		"$TRIG" call 5 &
		p2=$!
		wait "$p2"
		guest_stop
		check "ucount $how: exits 0 on SIGINT" test "$RC" -eq 0
		check "ucount $how: file offset $off of porting_work (address 0x$want)" \
			grep -qx "porting_work: file offset $off" "$out"
		check "ucount $how: 37 calls and returns, sums of arguments and results" \
			grep -qE "^$p1 +porttrig +37 +37 +666 +1369\$" "$out"
		check "ucount $how: 5 calls of another process" grep -qE "^$p2 +porttrig +5 +5 +10 +25\$" "$out"
		check "ucount $how: nothing on stderr" test ! -s "$out.err"
	else
		fail "ucount $how: starts" "$(head -c 300 "$out.err")"
	fi
done
"$HOST" ucount.wasm -e </etc/hostname >"$tmp/unoelf" 2>&1
check "ucount: not an ELF file on stdin, exit 1" test $? -eq 1

# --- profile: perf_event_open through syscall() on every CPU, software
# cpu-clock at 49 Hz, bpf_program__attach_perf_event (the runtime's
# extension); a busy process the test starts is sampled, in user mode, with
# its pid and comm. libbpf_num_possible_cpus() reads the granted /sys.
cpus=$(awk -F- '{print ($2 == "" ? $1 : $2) + 1}' /sys/devices/system/cpu/possible)
# a loop that never leaves user mode: about 98 samples in 2 s on an idle CPU
cp "$(command -v bash)" "$tmp/wbbusy"
"$tmp/wbbusy" -c 'while :; do :; done' &
busy=$!
"$HOST" --dir /sys profile.wasm -p "$busy" 2 >"$tmp/profile" 2>"$tmp/profile.err"
rc=$?
kill "$busy"
check "profile: exit 0" test $rc -eq 0
check "profile: libbpf_num_possible_cpus() = $cpus, from /sys" \
	grep -qx "Loaded; sampling $cpus CPUs at 49 Hertz" "$tmp/profile"
samples=$(awk -v p="$busy" '$1 == p && $2 == "wbbusy" && $3 == "user" {print $4}' "$tmp/profile")
check "profile: the busy process sampled in user mode for 2 s at 49 Hz (${samples:-no} of about 98, 20 at least)" \
	test "${samples:-0}" -ge 20
check "profile: only the -p process" test "$(grep -cvE "^(Loaded|$busy )" "$tmp/profile")" -eq 0

# --- xdpcount: XDP on the loopback of a network namespace of its own
port=47123
unshare -n bash -c '
	. ../lib/harness.sh
	ip link set lo up || exit 3
	guest_start "$1" "^Counting packets" "$0" xdpcount.wasm -i lo -p '$port' || exit 4
	'"$TRIG"' udp '$port' 25 udp '$((port + 1))' 3 || exit 5
	guest_stop
	exit $RC' "$HOST" "$tmp/xdp"
rc=$?
check "xdpcount: exits 0 (in a new netns)" test "$rc" -eq 0
check "xdpcount: 25 datagrams to port $port, 49 bytes each" \
	grep -qx "udp port $port: 25 packets, 1225 bytes" "$tmp/xdp"
check "xdpcount: 28 UDP packets in all (per-CPU sums)" grep -qE '^17 +udp +28$' "$tmp/xdp"
check "xdpcount: nothing on stderr" test ! -s "$tmp/xdp.err"

# --- tccount: libbpf-bootstrap's tc calls through the runtime's extension,
# on the loopback of a network namespace of its own: exactly the test's
# packets; after the guest, no filter and no clsact is left on lo
port=47125
unshare -n bash -c '
	. ../lib/harness.sh
	ip link set lo up || exit 3
	guest_start "$1" "^Counting ingress packets" "$0" tccount.wasm -i 1 || exit 4
	'"$TRIG"' udp '$port' 25 || exit 5
	guest_stop
	[[ $RC -eq 0 ]] || exit 6
	tc filter show dev lo ingress >"$1.filters"
	tc qdisc show dev lo >"$1.qdiscs"' "$HOST" "$tmp/tc"
rc=$?
check "tccount: exits 0 (in a new netns)" test "$rc" -eq 0
check "tccount: the program loaded, its fd from bpf_program__fd()" grep -qE '^Loaded tc_ingress \(fd [0-9]+\)$' "$tmp/tc"
# each datagram to the closed port comes back as an ICMP port unreachable
# (77 bytes; never rate-limited on loopback): both pass lo's ingress
check "tccount: 25 datagrams of 49 bytes and their 25 ICMP errors of 77, all IPv4" \
	grep -qx "packets 50 bytes 3150 ipv4 50" "$tmp/tc"
check "tccount: nothing on stderr" test ! -s "$tmp/tc.err"
check "tccount: no filter left on lo" test ! -s "$tmp/tc.filters"
check "tccount: no clsact left on lo" bash -c "! grep -q clsact '$tmp/tc.qdiscs'"

# --- cgcount: cgroup_skb egress of a cgroup v2 made here
if cgroot=$(cgroup2_root); then
	cg=$cgroot/wbporting$$
	trap 'kill -9 $(jobs -p) 2>/dev/null; rmdir "$cg" 2>/dev/null
	      [[ $cg == "$tmp"/cgroup2/* ]] && umount "$tmp/cgroup2"
	      [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT
	mkdir "$cg"
	port=47125
	out=$tmp/cgcount
	if start_guest "$out" '^Counting egress' cgcount.wasm -p "$port" "$cg"; then
		sh -c "echo \$\$ >'$cg/cgroup.procs' && exec $TRIG udp $port 15 udp $((port + 1)) 2"
		"$TRIG" udp "$port" 5	# outside the cgroup
		guest_stop
		check "cgcount: exits 0 on SIGINT" test "$RC" -eq 0
		check "cgcount: the cgroup sent 17 packets of 35 bytes" grep -qx "packets 17 bytes 595" "$out"
		check "cgcount: 15 of them to port $port" grep -qx "udp port $port: 15 packets" "$out"
	else
		fail "cgcount: starts" "$(head -c 300 "$out.err")"
	fi
	rmdir "$cg"
else
	fail "cgcount" "no cgroup2 in /proc/self/mountinfo and mount -t cgroup2 failed"
fi

# --- sigsnoop: signals, struct event checked against BTF
out=$tmp/sigsnoop
if start_guest "$out" '^PID' sigsnoop.wasm -B -s 10; then
	"$TRIG" signal 10 3 &
	pid=$!
	wait "$pid"
	"$TRIG" signal 12 2
	wait_for "$out" "^$pid " 10
	sleep 0.3
	guest_stop
	check "sigsnoop: exits 0 on SIGINT" test "$RC" -eq 0
	check "sigsnoop: struct event as in BTF (<bpf/btf.h>)" \
		test "$(grep -c '^struct event: member .* (as in BTF)$' "$out")" -eq 5
	check "sigsnoop: comm at offset 16" \
		grep -qx 'struct event: member comm: offset 16 size 16 (as in BTF)' "$out"
	check "sigsnoop: perf buffer" grep -q '^Tracing signals (perf buffer)' "$out"
	check "sigsnoop: 3 SIGUSR1 of pid $pid to itself" \
		test "$(grep -cE "^$pid +porttrig +SIGUSR1 +$pid +0\$" "$out")" -eq 3
	check "sigsnoop: no other signal (-s 10 set before load)" \
		test "$(grep -cE ' SIG[A-Z0-9]+ ' "$out")" -eq 3
else
	fail "sigsnoop: starts" "$(head -c 300 "$out.err")"
fi

# --- the BTF check is not a formality: a shared header that drifted from
# the BPF side (a member the kernel half does not have) stops the tool
. ../../mk/guest-env.sh
mkdir "$tmp/drift"
cp sigsnoop.c "$tmp/drift/"
sed 's/^	int ret;$/	int ret;\n	__u32 flags;/' sigsnoop.h >"$tmp/drift/sigsnoop.h"
if $GUEST_CC $GUEST_CFLAGS -O2 -Wall -Wextra -Werror -I.output -Ihelpers "$tmp/drift/sigsnoop.c" \
	helpers/btf_helpers.c helpers/compat.c helpers/trace_helpers.c -o "$tmp/drift/sigsnoop.wasm" \
	$GUEST_LDFLAGS 2>"$tmp/drift/cc.err"; then
	"$HOST" "$tmp/drift/sigsnoop.wasm" >"$tmp/drift/out" 2>&1
	check "sigsnoop, drifted header: exit 1 before tracing" \
		test $? -eq 1 -a "$(grep -c '^Tracing' "$tmp/drift/out")" -eq 0
	check "sigsnoop, drifted header: the size differs from BTF" \
		grep -qx 'struct event: size 32 in BTF, 36 here' "$tmp/drift/out"
	check "sigsnoop, drifted header: comm moved" \
		grep -qx 'struct event: member comm: offset 16 size 16 in BTF, offset 20 size 16 here' "$tmp/drift/out"
else
	fail "sigsnoop, drifted header: builds" "$(head -c 300 "$tmp/drift/cc.err")"
fi

# --- tcpstates: the state changes of three connections the test makes
port=47130
out=$tmp/tcpstates
if start_guest "$out" '^SKADDR' tcpstates.wasm -P "$port"; then
	../lib/tcpping listen "$port" 3 >"$tmp/listen" &
	lp=$!
	wait_for "$tmp/listen" listening 10
	../lib/tcpping connect "$port" 3 &
	cp=$!
	wait "$cp"
	wait "$lp"
	wait_for "$out" " LISTEN +-> CLOSE " 10
	sleep 0.3
	guest_stop
	check "tcpstates: exits 0 on SIGINT" test "$RC" -eq 0
	check "tcpstates: the listener opens on port $port" \
		test "$(grep -cE "^[0-9a-f]+ +$lp +tcpping +4 +127\.0\.0\.1 +$port +0\.0\.0\.0 +0 +CLOSE +-> LISTEN " "$out")" -eq 1
	check "tcpstates: 3 connects by pid $cp to 127.0.0.1:$port" \
		test "$(grep -cE "^[0-9a-f]+ +$cp +tcpping +4 +127\.0\.0\.1 +0 +127\.0\.0\.1 +$port +CLOSE +-> SYN_SENT " "$out")" -eq 3
	check "tcpstates: 3 established on each side" \
		test "$(grep -cE " SYN_SENT +-> ESTABLISHED " "$out")" -eq 3 -a \
		"$(grep -cE " SYN_RECV +-> ESTABLISHED " "$out")" -eq 3
	check "tcpstates: only port $port (filter set before load)" \
		test "$(tail -n +2 "$out" | awk -v p="$port" '$6 != p && $8 != p' | wc -l)" -eq 0
	check "tcpstates: nothing on stderr" test ! -s "$out.err"
else
	fail "tcpstates: starts" "$(head -c 300 "$out.err")"
fi

summary
