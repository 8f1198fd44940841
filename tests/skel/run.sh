#!/usr/bin/env bash
# Skeleton semantics on the real kernel: globals set before load reach the
# kernel, .bss counters come back, autoload and max_entries take effect.
set -u
cd "$(dirname "$0")"
. ../lib/harness.sh

HOST=../../runtime/wasm-bpf
make_tmp
require_tracefs
cp ../lib/trigger "$tmp/wbtrigger"

# run_guest OUT MODULE ARGS...: start in the background, wait for READY.
run_guest() {
	local out=$1
	shift
	guest_start "$out" '^READY' "$HOST" "$@"
}

# --- globals: what the guest set is what the kernel saw
out=$tmp/globals.out
if run_guest "$out" globals.wasm 3; then
	"$tmp/wbtrigger" 3
	guest_wait
	check "globals: exits 0" test "$RC" -eq 0
	check "globals: initial values from the object" \
		grep -qx "before load: ro_long=1 data_long=10 data_ulong=20 custom=7,8" "$out"
	want="ro_long=-1234567890123 ro_ulong=0xfedcba9876543210 ro_ptr=0x1122334455667788 ro_flag=1 ro_array=7,8,9 ro_point=-5,1099511627776,ab data_long=-77 data_ulong=0x8000000000000000 bss_long=42 bss_array=1,2,3,4 bss_point=3,-34359738368,xy custom=-99,4000000000"
	check "globals: kernel saw every value set before load" \
		grep -qxF "report 1: $want count=1" "$out"
	check "globals: third report counts 3" grep -qxF "report 3: $want count=3" "$out"
	check "globals: .bss counter read back equals 3 events" \
		grep -qx "reports=3 event_count=3 read_globals=0" "$out"
else
	fail "globals: starts" "$(cat "$out" "$out.err" | head -c 500)"
fi

# --- .kconfig: what libbpf resolved, seen alike by the guest and the kernel
out=$tmp/kconfig.out
if run_guest "$out" kconfig.wasm; then
	"$tmp/wbtrigger" 1
	guest_wait
	check "kconfig: exits 0" test "$RC" -eq 0
	IFS=.- read -r kmaj kmin kpatch _ <<<"$(uname -r)"
	hz=$(zcat /proc/config.gz 2>/dev/null | sed -n 's/^CONFIG_HZ=//p')
	cpus=$(zcat /proc/config.gz 2>/dev/null | sed -n 's/^CONFIG_NR_CPUS=//p')
	host=$(zcat /proc/config.gz 2>/dev/null | sed -n 's/^CONFIG_DEFAULT_HOSTNAME="\(.*\)"$/\1/p')
	want=$(printf 'version=%#x bpf_syscall=1 hz=%s nr_cpus=%s hostname=%s no_such=0' \
		$(( (kmaj << 16) | (kmin << 8) | (kpatch > 255 ? 255 : kpatch) )) "${hz:-0}" "${cpus:-0}" "$host")
	check "kconfig: guest reads the running kernel's values (${want%% hostname*})" \
		grep -qxF "guest: $want" "$out"
	check "kconfig: the kernel program saw the same values" grep -qxF "kernel: $want" "$out"
else
	fail "kconfig: starts" "$(cat "$out" "$out.err" | head -c 500)"
fi

# --- autoload off: the refused fentry program does not stop the object
out=$tmp/autoload-off.out
if run_guest "$out" options.wasm autoload-off; then
	"$tmp/wbtrigger" 3
	guest_wait
	check "autoload off: loads and attaches" grep -qx "attach=0" "$out"
	check "autoload off: tracepoint counted 3 calls" grep -qx "hits=3" "$out"
else
	fail "autoload off: starts" "$(cat "$out" "$out.err" | head -c 500)"
fi

# --- autoload on: the kernel refuses fentry, load fails with a message
out=$tmp/autoload-on.out
"$HOST" options.wasm autoload-on >"$out" 2>"$out.err"
check "autoload on: load fails" grep -qE "^load=-" "$out"
check "autoload on: says why on stderr" grep -q "failed to load" "$out.err"

# --- max_entries 4: the fifth distinct key does not fit
out=$tmp/max.out
"$HOST" options.wasm max-entries >"$out" 2>"$out.err"
check "max_entries: set before load" grep -qx "set_max_entries=0" "$out"
check "max_entries: loads with 4" grep -qx "load=0 max_entries=4" "$out"
for k in 1 2 3 4; do
	check "max_entries: key $k fits" grep -qx "update $k=0" "$out"
done
check "max_entries: key 5 gets -E2BIG" grep -qx "update 5=-E2BIG" "$out"
check "max_entries: refused after load with -EBUSY" grep -qx "set_max_entries after load=-EBUSY" "$out"

# --- CO-RE: every relocation kind, through the minimized BTF the module
# ships, gives what the running kernel's BTF and the trigger process say
out=$tmp/core.out
vmlinux=$tmp/vmlinux.btf.txt
bpftool btf dump file /sys/kernel/btf/vmlinux >"$vmlinux"
task_line=$(grep -m1 "STRUCT 'task_struct' size=" "$vmlinux")
task_id=${task_line%%]*}
task_id=${task_id#[}
task_size=${task_line#*size=}
task_size=${task_size%% *}
# MEMBER/ENUMERATOR of TYPE_LINE in bpftool's dump: what follows FIELD=
btf_member() {
	awk -v head="$1" -v name="'$2'" -v field="$3=" '
		index($0, head) { f = 1; next }
		f && /^\[/ { exit }
		f && $1 == name { for (i = 2; i <= NF; i++) if (index($i, field) == 1) print substr($i, length(field) + 1) }' "$vmlinux"
}
pid_bits=$(btf_member "STRUCT 'task_struct' size=" pid bits_offset)
tgid_val=$(btf_member "ENUM 'pid_type' " PIDTYPE_TGID val)
rm -f "$tmp/go"
(while [[ ! -e $tmp/go ]]; do sleep 0.05; done; exec "$tmp/wbtrigger" 1) &
trig=$!
if run_guest "$out" core.wasm "$trig"; then
	touch "$tmp/go"
	wait "$trig"
	guest_wait
	check "core: exits 0" test "$RC" -eq 0
	check "core: BPF_CORE_READ gives the trigger's pid and its parent's" \
		grep -qxF "tgid=$trig parent=$$" "$out"
	check "core: task_struct.pid at byte $((pid_bits / 8)), 4 bytes, signed; comm 16 bytes; a missing field missing" \
		grep -qxF "pid: offset=$((pid_bits / 8)) size=4 exists=1 signed=1; comm size=16; no_such_field=0" "$out"
	check "core: a bitfield read (in_execve) outside execve is 0" grep -qxF "in_execve=0" "$out"
	kib=$(awk -v s="$task_size" 'BEGIN { printf "%.2f", s / 1024 }')
	check "core: task_struct is $task_size bytes ($kib KiB: a float printed), kernel type $task_id; cgroup exists, a made-up type does not" \
		grep -qxF "task_struct: size=$task_size ($kib KiB) id=$task_id; cgroup=1 no_such_type=0" "$out"
	check "core: PIDTYPE_TGID is $tgid_val, PIDTYPE_MAX exists, a made-up value does not" \
		grep -qxF "PIDTYPE_TGID=$tgid_val PIDTYPE_MAX=1 no_such_value=0" "$out"
else
	kill "$trig" 2>/dev/null
	fail "core: starts" "$(cat "$out" "$out.err" | head -c 500)"
fi

summary
