#!/usr/bin/env bash
# First run and cached start of modules on runtime/wasm-bpf, against a
# native libbpf tool doing the same, in the same run (bench/README.md):
#  (a) start -> main -> exit: `bootstrap.wasm --help` (argp in main) and
#      bench/ringbuf's twin with no arguments (usage in main), cold (an
#      empty cache: the quick tier is compiled) and cached (the optimised
#      program); native: bench-native with no arguments;
#  (b) start -> programs attached: bench/ringbuf's `attach` mode, native
#      and Wasm, cold and cached.
# Median of ROUNDS (default 7) each; between rounds the background build
# of the optimised program is waited for, so it never competes.
set -u
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
. "$root/tests/lib/harness.sh"
ensure_tracefs
HOST=$root/runtime/wasm-bpf
ROUNDS=${ROUNDS:-7}
ring=$root/bench/ringbuf
boot=$root/examples/bootstrap/bootstrap.wasm
make -s -C "$ring" all >/dev/null || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b ? a / b : 0 }'; }
median() { sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# settle CACHE: until no background build holds a lock there
settle() { while compgen -G "$1/*.lock" >/dev/null; do sleep 0.05; done; }

# wall_us CMD...: microseconds from start to exit (output discarded)
wall_us() {
	local t0
	t0=$(now_us)
	"$@" >/dev/null 2>&1
	echo $(( $(now_us) - t0 ))
}

# cold FN CMD...: FN CMD... (wall_us or attach_us) with an empty cache, the
# default (tiered) compile; the background build is waited for afterwards
cold() {
	local fn=$1 c=$tmp/cold.$RANDOM t
	shift
	t=$(WASM_BPF_CACHE=$c "$fn" "$@")
	settle "$c"
	rm -rf "$c"
	echo "$t"
}

# cached_us CMD...: CMD from a cache holding its optimised program
cached_us() {
	WASM_BPF_CACHE=$tmp/warm WASM_BPF_COMPILE=optimized "$@" >/dev/null 2>&1
	WASM_BPF_CACHE=$tmp/warm wall_us "$@"
}

# attach_us CMD...: from start to "attached" (CLOCK_REALTIME printed by bench.c)
attach_us() {
	local t0 t1
	t0=$(date +%s%N)
	t1=$("$@" attach 2>/dev/null | sed -n 's/^attached_realtime_ns=//p')
	echo $(( (${t1:-0} - t0) / 1000 ))
}

rounds() { for ((i = 0; i < ROUNDS; i++)); do "$@"; done | median; }

printf '%-34s %12s %12s %8s\n' "start -> main -> exit" "time (us)" "native (us)" "ratio"
n=$(rounds wall_us "$ring/bench-native")
for m in "$boot --help" "$ring/bench.wasm"; do
	name=${m##*/}
	c=$(rounds cold wall_us "$HOST" $m)
	w=$(rounds cached_us "$HOST" $m)
	printf '%-34s %12s %12s %8s\n' "$name, first run" "$c" "$n" "$(ratio "$c" "$n")"
	printf '%-34s %12s %12s %8s\n' "$name, cached" "$w" "$n" "$(ratio "$w" "$n")"
done

printf '\n%-34s %12s %12s %8s\n' "start -> attached" "time (us)" "native (us)" "ratio"
n=$(rounds attach_us "$ring/bench-native")
c=$(rounds cold attach_us "$HOST" "$ring/bench.wasm")
WASM_BPF_CACHE=$tmp/warm WASM_BPF_COMPILE=optimized "$HOST" "$ring/bench.wasm" attach >/dev/null 2>&1
w=$(WASM_BPF_CACHE=$tmp/warm rounds attach_us "$HOST" "$ring/bench.wasm")
printf '%-34s %12s %12s %8s\n' "bench.wasm, first run" "$c" "$n" "$(ratio "$c" "$n")"
printf '%-34s %12s %12s %8s\n' "bench.wasm, cached" "$w" "$n" "$(ratio "$w" "$n")"
