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

summary
