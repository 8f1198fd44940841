#!/usr/bin/env bash
# The extension ABI through libbpf's own calls, on the real kernel: uprobes
# by function name and by file offset with a pid filter, a link destroyed
# at run time whose program stops counting while its neighbour goes on, a
# raw tracepoint by name, a pinned link, and a kprobe answered by the
# kernel exactly as native libbpf is answered. Modules that make none of
# these calls import nothing of the extension.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

HOST=runtime/wasm-bpf
MODULE=tests/ext/ext.wasm
TRIG=$(realpath tests/porting/.output/porttrig)
make_tmp
require_tracefs

links_before=$(bpftool link list 2>/dev/null | grep -cE "^[0-9]+: ")
mkfifo "$tmp/steps"
exec 5<>"$tmp/steps"	# the guest's stdin: one line per step

# trig NAME ACTIONS...: porttrig waiting on $tmp/NAME; its pid in $TP
trig() {
	local name=$1
	shift
	mkfifo "$tmp/$name"
	"$TRIG" -w "$tmp/$name" "$@" >/dev/null &
	TP=$!
}
go() { echo go >"$tmp/$1"; }

# guest NAME ARGS...: ext in the background, output in $tmp/NAME.out
guest() {
	local name=$1
	shift
	"$HOST" "$MODULE" "$@" <&5 >"$tmp/$name.out" 2>"$tmp/$name.err" &
	GUEST=$!
}
finish() { guest_wait; }

# --- uprobe and uretprobe on porting_work(i), by name and by file offset:
# five calls from the traced pid, three from another process (not counted)
addr=$(nm "$TRIG" | awk '$3 == "porting_work" { print $1 }')
# the file offset of that address: through the LOAD segment that holds it
offset=
while read -r _ off va _ sz _; do
	if (( 16#$addr >= va && 16#$addr < va + sz )); then
		offset=$(printf '0x%x' $(( 16#$addr - va + off )))
		break
	fi
done < <(readelf -lW "$TRIG" | awk '$1 == "LOAD"')
check "porting_work's file offset found ($offset)" test -n "$offset"
for where in porting_work "$offset"; do
	trig "u$where" call 5
	traced=$TP
	guest uprobe uprobe "$TRIG" "$where" "$traced"
	if wait_for "$tmp/uprobe.out" "^attached" 60; then
		"$TRIG" call 3 >/dev/null
		go "u$where"
		wait "$traced"
		echo next >&5
		finish
		check "uprobe at $where: exits 0" test "$RC" -eq 0
		check "uprobe at $where: links have fds" grep -qx "attached, link fds valid" "$tmp/uprobe.out"
		check "uprobe at $where: the traced pid's 5 calls, last i=4 returning 9" \
			grep -qx "uprobe hits=5 arg=4 uretprobe hits=5 ret=9" "$tmp/uprobe.out"
	else
		fail "uprobe at $where: attaches" "$(head -c 300 "$tmp/uprobe.err")"
		kill "$traced" "$GUEST" 2>/dev/null
	fi
done

# detach_run MODULE NAME [MODE]: two programs on sys_enter_getpgid, the
# first link destroyed between one process's 5 calls and another's 7; output
# in $tmp/NAME.out, status in $RC. Fails when the guest never attached.
detach_run() {
	local module=$1 name=$2 mode=${3:-detach} p1 p2
	trig "${name}1" getpgid 5
	p1=$TP
	trig "${name}2" getpgid 7
	p2=$TP
	"$HOST" "$module" "$mode" "$p1" "$p2" <&5 >"$tmp/$name.out" 2>"$tmp/$name.err" &
	GUEST=$!
	if ! wait_for "$tmp/$name.out" "^attached" 60; then
		kill "$p1" "$p2" "$GUEST" 2>/dev/null
		return 1
	fi
	go "${name}1"
	wait "$p1"
	echo next >&5
	wait_for "$tmp/$name.out" "^detached a" 10
	go "${name}2"
	wait "$p2"
	echo next >&5
	finish
}

if detach_run "$MODULE" detach; then
	check "detach: exits 0" test "$RC" -eq 0
	check "detach: both programs count the first 5 calls" grep -qx "phase1 a=5 b=5" "$tmp/detach.out"
	check "detach: after bpf_link__destroy only the other counts the next 7" \
		grep -qx "phase2 a=5 b=12" "$tmp/detach.out"
else
	fail "detach: attaches" "$(head -c 300 "$tmp/detach.err")"
fi
# the links of bpf_program__attach() (a skeleton's attach) are links too
if detach_run "$MODULE" skel-detach skel-detach; then
	check "skeleton links: exit 0" test "$RC" -eq 0
	check "skeleton links: bpf_link__fd() gives each its own fd" grep -qx "link fd ok" "$tmp/skel-detach.out"
	check "skeleton links: bpf_link__destroy() after bpf_link__fd() detaches" \
		grep -qx "phase2 a=5 b=12" "$tmp/skel-detach.out"
else
	fail "skeleton links: attach" "$(head -c 300 "$tmp/skel-detach.err")"
fi

# --- raw tracepoint by name (SEC("raw_tp") names none)
trig r getpgid 4
guest raw raw "$TP"
if wait_for "$tmp/raw.out" "^attached" 60; then
	go r
	wait "$TP"
	echo next >&5
	finish
	check "raw_tp sys_enter: the traced pid's 4 getpgid calls" grep -qx "raw hits=4" "$tmp/raw.out"
else
	fail "raw tracepoint: attaches" "$(head -c 300 "$tmp/raw.err")"
fi

# --- a link pinned in a bpffs the test mounts, then unpinned
mkdir "$tmp/bpffs"
if mount -t bpf bpf "$tmp/bpffs"; then
	guest pin pin 1 "$tmp/bpffs/link"
	if wait_for "$tmp/pin.out" "^pinned" 60; then
		check "pin: the path bpf_link__pin_path() reports" grep -qx "pinned at $tmp/bpffs/link" "$tmp/pin.out"
		check "pin: the link is in bpffs" test -e "$tmp/bpffs/link"
		echo next >&5
		finish
		check "unpin: exits 0" test "$RC" -eq 0
		check "unpin: gone from bpffs" test ! -e "$tmp/bpffs/link"
	else
		fail "pin" "$(head -c 300 "$tmp/pin.err")"
	fi
	umount "$tmp/bpffs"
else
	fail "pin" "cannot mount bpffs"
fi

# --- kprobes: the kernel's own answer, the same as native libbpf's
native=$(tests/ext/.output/kprobe_native tests/ext/.output/ext.bpf.o)
"$HOST" "$MODULE" kprobe >"$tmp/kprobe.out" 2>"$tmp/kprobe.err"
check "kprobe: the guest gets what native libbpf gets ($native)" test "$(cat "$tmp/kprobe.out")" = "$native"

# --- built with -DLIBBPF_WASM_NO_EXT, for runtimes without the extension:
# no import of it; what the SEC name says still attaches (and stays
# attached until the object closes); anything else is refused in one line
NOEXT=tests/ext/ext-noext.wasm
check "LIBBPF_WASM_NO_EXT: no import of the extension" \
	bash -c "! wasm-objdump -x -j Import '$NOEXT' | grep -q wasm_bpf_ext"
echo next | "$HOST" "$NOEXT" uprobe "$TRIG" porting_work 1 >"$tmp/noext.out" 2>"$tmp/noext.err"
check "LIBBPF_WASM_NO_EXT: a uprobe its SEC name does not say fails (1)" test $? -eq 1
check "LIBBPF_WASM_NO_EXT: one line quoting the SEC name, -EOPNOTSUPP" \
	grep -q "bpf_program__attach_uprobe_opts: prog 'uprobe_work' of SEC(\"uprobe\"): .*(-EOPNOTSUPP)\$" "$tmp/noext.err"
if detach_run "$NOEXT" noext-detach; then
	check "LIBBPF_WASM_NO_EXT: the SEC name's tracepoint attaches" \
		grep -qx "phase1 a=5 b=5" "$tmp/noext-detach.out"
	check "LIBBPF_WASM_NO_EXT: bpf_link__destroy frees, the program stays attached" \
		grep -qx "phase2 a=12 b=12" "$tmp/noext-detach.out"
else
	fail "LIBBPF_WASM_NO_EXT: detach attaches" "$(head -c 300 "$tmp/noext-detach.err")"
fi

# --- tc (libbpf-bootstrap's tc): an ingress counter on a veth in network
# namespaces the test makes; five UDP datagrams to port 9 and one to 10 are
# sent from the peer. Then a guest that ends without detaching: the
# runtime removes its filter and the clsact it made.
A=wbextA$$ B=wbextB$$
if ip netns add $A && ip netns add $B &&
	ip -n $A link add wbv0 type veth peer name wbv1 netns $B &&
	ip -n $A addr add 10.77.0.1/24 dev wbv0 && ip -n $B addr add 10.77.0.2/24 dev wbv1 &&
	ip -n $A link set wbv0 up && ip -n $B link set wbv1 up; then
	for how in detach leave; do
		args=(tc wbv0)
		[[ $how == leave ]] && args+=(leave)
		ip netns exec $A "$HOST" --dir /sys "$MODULE" "${args[@]}" <&5 >"$tmp/tc.out" 2>"$tmp/tc.err" &
		GUEST=$!
		if wait_for "$tmp/tc.out" "^attached" 60; then
			check "tc ($how): attached on wbv0 with the handle and priority asked, prog_id set" \
				grep -qx "attached ifindex=$(ip netns exec $A cat /sys/class/net/wbv0/ifindex) handle=1 priority=1 prog_id set" "$tmp/tc.out"
			check "tc ($how): bpf_tc_query gives the filter's prog_id" grep -qx "query: the same prog_id" "$tmp/tc.out"
			check "tc ($how): the kernel lists the filter" \
				bash -c "ip netns exec $A tc filter show dev wbv0 ingress | grep -q 'tc_ingress'"
			for i in 1 2 3 4 5; do
				ip netns exec $B bash -c 'echo x >/dev/udp/10.77.0.1/9'
			done
			ip netns exec $B bash -c 'echo x >/dev/udp/10.77.0.1/10'
			sleep 0.2
			echo next >&5
			finish
			check "tc ($how): exits 0" test "$RC" -eq 0
			check "tc ($how): the 5 datagrams to port 9, not the one to 10" \
				grep -qx "tc udp9=5" "$tmp/tc.out"
			check "tc ($how): no filter left on wbv0" \
				test -z "$(ip netns exec $A tc filter show dev wbv0 ingress)"
			check "tc ($how): the clsact it made is gone" \
				bash -c "! ip netns exec $A tc qdisc show dev wbv0 | grep -q clsact"
		else
			fail "tc ($how): attaches" "$(head -c 300 "$tmp/tc.err")"
		fi
	done
else
	fail "tc" "cannot make the network namespaces"
fi
ip netns del $A 2>/dev/null
ip netns del $B 2>/dev/null

# --- task iterator (libbpf-bootstrap's task_iter): attach_iter,
# bpf_iter_create, read() to the end: it lists a process the test started
cp "$(command -v sleep)" "$tmp/wbiter"
"$tmp/wbiter" 30 &
sleeper=$!
"$HOST" "$MODULE" tasks >"$tmp/tasks.out" 2>"$tmp/tasks.err"
check "task_iter: exits 0" test $? -eq 0
check "task_iter: lists the test's process (pid $sleeper, comm wbiter)" grep -qx "$sleeper wbiter" "$tmp/tasks.out"
self=$(sed -n 's/^self //p' "$tmp/tasks.out")
check "task_iter: lists the guest's own process too (getpid() $self)" grep -qE "^${self:-none} " "$tmp/tasks.out"
# link_info: one task, and one cgroup (a directory the guest opens under
# --dir: its id is the directory's inode number in cgroup v2)
if root=$(cgroup2_root); then
	cg=$root/wbiter$$
	mkdir "$cg"
	"$HOST" --dir "$root" "$MODULE" iters "$sleeper" "$cg" >"$tmp/iters.out" 2>"$tmp/iters.err"
	check "iterators with link_info: exit 0" test $? -eq 0
	check "task iterator with tid $sleeper: that task only" \
		test "$(sed -n '/^task:$/,/^cgroup:$/p' "$tmp/iters.out" | sed '1d;$d')" = "$sleeper wbiter"
	check "cgroup iterator, SELF_ONLY on the guest's fd of $cg: its id" \
		test "$(sed -n '/^cgroup:$/,/^stdout/p' "$tmp/iters.out" | sed '1d;$d')" = "cgroup $(stat -c %i "$cg")"
	check "cgroup iterator: an fd the guest did not open is EBADF" \
		grep -qx "stdout as a cgroup: Bad file descriptor" "$tmp/iters.out"
	rmdir "$cg"
else
	fail "iterators with link_info" "no cgroup v2"
fi
kill "$sleeper"

# --- cgroup by fd: the guest opens a cgroup directory under --dir (its WASI
# fd goes to bpf_program__attach_cgroup); a process in that cgroup creates
# three sockets, one outside creates one
if root=$(cgroup2_root); then
	cg=$root/wbext$$
	mkdir "$cg"
	"$HOST" --dir "$root" "$MODULE" cgroup "$cg" <&5 >"$tmp/cg.out" 2>"$tmp/cg.err" &
	GUEST=$!
	if wait_for "$tmp/cg.out" "^attached" 60; then
		bash -c "echo \$\$ >'$cg/cgroup.procs' && exec '$TRIG' udp 9 1 udp 9 1 udp 9 1"
		"$TRIG" udp 9 1
		echo next >&5
		finish
		check "cgroup by fd: exits 0" test "$RC" -eq 0
		check "cgroup by fd: stdout (not a granted file) is refused with EBADF" \
			grep -qx "stdout as a cgroup: Bad file descriptor" "$tmp/cg.out"
		check "cgroup by fd: the 3 sockets made in the cgroup, not the one outside" \
			grep -qx "sockets created=3" "$tmp/cg.out"
	else
		fail "cgroup by fd: attaches" "$(head -c 300 "$tmp/cg.err")"
	fi
	rmdir "$cg"
else
	fail "cgroup by fd" "no cgroup v2"
fi

# --- XDP by ifindex (if_nametoindex through --dir /sys) on the loopback of
# a network namespace of its own: 4 datagrams and their 4 ICMP errors
unshare -n bash -c '
	. tests/lib/harness.sh
	ip link set lo up || exit 3
	"$0" --dir /sys "$1" xdp lo <&5 >"$2" 2>"$2.err" &
	g=$!
	wait_for "$2" "^attached" 60 || exit 4
	"$3" udp 9 4 || exit 5
	echo next >&5
	wait $g' "$HOST" "$MODULE" "$tmp/xdp.out" "$TRIG"
check "xdp by ifindex: exits 0" test $? -eq 0
check "xdp by ifindex: 8 packets on lo (4 datagrams, 4 ICMP errors)" grep -qx "xdp packets=8" "$tmp/xdp.out"

# --- XDP by netlink with flags (bpf_xdp_attach, SKB mode), then detached
# by the guest, or left for the runtime to remove: nothing on lo after
for how in detach leave; do
	args=(xdpflags lo)
	[[ $how == leave ]] && args+=(leave)
	unshare -n bash -c '
		. tests/lib/harness.sh
		ip link set lo up || exit 3
		"$0" --dir /sys "$1" "${@:4}" <&5 >"$2" 2>"$2.err" &
		g=$!
		wait_for "$2" "^attached" 60 || exit 4
		ip link show dev lo >"$2.link"
		"$3" udp 9 2 || exit 5
		echo next >&5
		guest_wait $g
		ip link show dev lo >"$2.after"
		exit $RC' "$HOST" "$MODULE" "$tmp/xdpf.out" "$TRIG" "${args[@]}"
	check "xdp flags ($how): exits 0" test $? -eq 0
	check "xdp flags ($how): UPDATE_IF_NOEXIST on an attached interface: the kernel's EBUSY" \
		grep -qx "again with UPDATE_IF_NOEXIST: Resource busy" "$tmp/xdpf.out"
	check "xdp flags ($how): attached in SKB mode (XDP_ATTACHED_SKB), bpf_xdp_query_id's id" \
		grep -qx "attached mode=2 skb_prog_id set" "$tmp/xdpf.out"
	check "xdp flags ($how): ip link shows it (xdpgeneric)" grep -q "xdpgeneric" "$tmp/xdpf.out.link"
	check "xdp flags ($how): 4 packets (2 datagrams, 2 ICMP errors)" grep -qx "xdp packets=4" "$tmp/xdpf.out"
	[[ $how == detach ]] && check "xdp flags: bpf_xdp_detach detaches; a second one: ENOENT (nothing of the guest's)" \
		grep -qx "detached prog_id=0, again: No such file or directory" "$tmp/xdpf.out"
	check "xdp flags ($how): nothing on lo after the guest" bash -c "! grep -q xdp '$tmp/xdpf.out.after'"
done

# --- nothing outlives the guests: no program or link of theirs is left
sleep 0.2
left=$(bpftool prog list 2>/dev/null | grep -cE " name (uprobe_work|uretprobe_work|tp_a|tp_b|raw_enter|kprobe_unlinkat|tc_ingress|get_tasks|xdp_count|sock_create) ")
check "after exit: no program of the guests left in the kernel (bpftool prog list)" test "$left" -eq 0
links_after=$(bpftool link list 2>/dev/null | grep -cE "^[0-9]+: ")
check "after exit: as many links as before the guests ran ($links_before, bpftool link list)" \
	test "$links_after" -eq "$links_before"

# --- portability: a module imports the extension only if it needs it, and
# an example says so in its README (it runs on the project's runtime only);
# the others import only WASI and wasm_bpf, and run on the upstream ones
for m in examples/*/*.wasm tests/pid/minimal.wasm; do
	readme=$(dirname "$m")/README.md
	if wasm-objdump -x -j Import "$m" | grep -q wasm_bpf_ext; then
		check "$m imports the extension, and its README says so" grep -q 'wasm_bpf_ext_v1' "$readme"
	elif [[ -f $readme ]] && grep -q 'wasm_bpf_ext_v1' "$readme"; then
		fail "$m: its README says it needs the extension" "it imports nothing of it"
	else
		ok "$m imports nothing of the extension"
	fi
done
check "ext.wasm imports the extension module by its versioned name" \
	bash -c "wasm-objdump -x -j Import '$MODULE' | grep -q '<- wasm_bpf_ext_v1.attach_uprobe\$'"

summary
