#!/usr/bin/env bash
# The headers a guest expects: every user-space header of Debian's
# linux-libc-dev that compiles natively compiles in a guest, except those
# uapi-excluded.txt lists with the reason.
set -u
cd "$(dirname "$0")"
. ../lib/harness.sh
make_tmp

./uapi.sh "$tmp/uapi"
total=$(wc -l <"$tmp/uapi")
native=$(grep -c ' native-fails$' "$tmp/uapi")
guest_ok=$(grep -c ' ok$' "$tmp/uapi")
check "linux-libc-dev: hundreds of headers found" test "$total" -gt 500
echo "  linux-libc-dev: $total headers, $native fail natively too, $guest_ok compile in a guest"
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' uapi-excluded.txt | awk '{print $1}' | sort >"$tmp/excluded"
grep ' guest-fails: ' "$tmp/uapi" | awk '{print $1}' | sort >"$tmp/failed"
unexpected=$(comm -13 "$tmp/excluded" "$tmp/failed")
stale=$(comm -23 "$tmp/excluded" "$tmp/failed")
if [[ -z $unexpected ]]; then
	ok "every linux-libc-dev header that compiles natively compiles in a guest (but the $(wc -l <"$tmp/excluded") listed)"
else
	fail "linux-libc-dev headers that fail in a guest" \
		"$(for h in $unexpected; do grep "^$h " "$tmp/uapi"; done | head -c 1500)"
fi
check "uapi-excluded.txt lists only headers that fail${stale:+ (stale: $stale)}" test -z "$stale"

# what tools include, as they include it
cat >"$tmp/tool.c" <<'C'
#include <linux/bpf.h>
#include <linux/perf_event.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <asm/unistd.h>
#include <limits.h>
#include <stdio.h>
int main(void)
{
	printf("%d %d %d %d\n", PATH_MAX, (int)BPF_MAP_TYPE_RINGBUF, (int)PERF_COUNT_SW_CPU_CLOCK, ETH_P_IP);
	return 0;
}
C
. ../../mk/guest-env.sh
for lang in c c++; do
	check "UAPI includes of real tools compile as $lang" \
		$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only -x $lang "$tmp/tool.c"
done
check "and link" $GUEST_CC $GUEST_CFLAGS "$tmp/tool.c" -o "$tmp/tool.wasm" $GUEST_LDFLAGS
check "the values are the kernel's" test "$(../../runtime/wasm-bpf "$tmp/tool.wasm" 2>&1)" = "4096 27 0 2048"

# libbpf's public API in the SDK: declarations checked against native
# libbpf's AST, unsupported calls, <bpf/btf.h> against bpftool
. ./libbpf_api.sh

# btf__load_vmlinux_btf: the kernel's BTF where the runtime grants /sys
$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror libbpf_vmlinux.c -o "$tmp/vmlinux.wasm" $GUEST_LDFLAGS
bpftool btf dump file /sys/kernel/btf/vmlinux >"$tmp/vmlinux.txt"
want_id=$(sed -n "s/^\[\([0-9]*\)\] STRUCT 'task_struct' size=\([0-9]*\).*/\1 size \2/p" "$tmp/vmlinux.txt")
want_cnt=$(( $(grep -c '^\[' "$tmp/vmlinux.txt") + 1 ))
out=$(../../runtime/wasm-bpf --dir /sys "$tmp/vmlinux.wasm" 2>&1)
check "btf__load_vmlinux_btf with --dir /sys: $want_cnt types, task_struct $want_id as bpftool says" \
	test "$out" = "types $want_cnt task_struct $want_id"
../../runtime/wasm-bpf "$tmp/vmlinux.wasm" >"$tmp/o" 2>"$tmp/e"
check "without /sys: NULL with errno, and one line naming the file and --dir" \
	test $? -eq 1 -a "$(wc -l <"$tmp/e")" -eq 1 -a "$(grep -c '/sys/kernel/btf/vmlinux.*--dir /sys' "$tmp/e")" -eq 1

# what tools take for granted from glibc: rlimits, interface names, popen, syscall
for lang in c c++; do
	check "libc_gaps.c compiles and links as $lang" $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang \
		libc_gaps.c -o "$tmp/gaps.wasm" $GUEST_LDFLAGS
done
../../runtime/wasm-bpf --dir /sys "$tmp/gaps.wasm" >"$tmp/gaps.out" 2>"$tmp/gaps.err"
check "setrlimit(RLIMIT_MEMLOCK) succeeds" grep -qx "memlock 0" "$tmp/gaps.out"
check "if_nametoindex(lo) and back, through /sys" grep -qx "lo $(cat /sys/class/net/lo/ifindex) lo" "$tmp/gaps.out"
check "popen: NULL, ENOSYS, one line" \
	test "$(grep -c '^popen NULL Function not implemented$' "$tmp/gaps.out")$(grep -c '^popen(.*cannot run commands' "$tmp/gaps.err")" = 11
check "syscall: -1, ENOSYS, one line naming the number" \
	test "$(grep -c '^syscall -1 Function not implemented$' "$tmp/gaps.out")$(grep -c '^syscall(178): ' "$tmp/gaps.err")" = 11
out=$(../../runtime/wasm-bpf "$tmp/gaps.wasm" 2>/dev/null | grep '^lo ')
check "if_nametoindex without /sys: 0 and the open's errno" test "$out" = "lo 0 Capabilities insufficient"

summary
