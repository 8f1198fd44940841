#!/usr/bin/env bash
# Measures the Wasm guest against the native consumer, in the same run:
#  (a) drain: COUNT events of 64 and 256 bytes queued, then drained;
#  (b) live: a producer calling getpgid() as fast as it can for 3 s;
#  (c) attach: process start to programs attached (module already cached).
# Prints one line per measurement and the Wasm/native ratios.
set -u
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
. "$root/tests/lib/harness.sh"
ensure_tracefs
HOST=$root/runtime/wasm-bpf
COUNT=${COUNT:-200000}
ROUNDS=${ROUNDS:-5}
# what it runs, or one line saying what is missing (make bench builds it all)
for f in "$HOST" "$root/tests/lib/trigger" bench.wasm bench-native; do
	[[ -x $f || ($f == bench.wasm && -f $f) ]] ||
		{ echo "bench/ringbuf: $f is not built: run make -C bench/ringbuf bench" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$root/tests/lib/trigger" "$tmp/wbtrigger"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b ? a / b : 0 }'; }

# run_consumer OUT CMD...: start, wait for READY, fire the producer, wait.
run_consumer() {
	local out=$1
	shift
	"$@" >"$out" 2>&1 &
	local pid=$!
	if ! wait_for "$out" READY 60; then
		kill -9 "$pid" 2>/dev/null
		echo "bench/ringbuf: '$*' did not start: $(head -c 300 "$out")" >&2
		exit 1
	fi
	"$tmp/wbtrigger" "${TRIGGER_CALLS:-1}" &
	local trig=$!
	wait "$pid"
	kill "$trig" 2>/dev/null
	wait "$trig" 2>/dev/null
	return 0
}

# best of ROUNDS: the highest events/s
best_rate() {
	local best=0 r
	for ((i = 0; i < ROUNDS; i++)); do
		run_consumer "$tmp/o" "$@"
		r=$(grep -oE 'events_per_s=[0-9]+' "$tmp/o" | cut -d= -f2)
		[[ -n $r ]] || { echo "bench/ringbuf: '$*' measured nothing: $(head -c 300 "$tmp/o")" >&2; exit 1; }
		(( ${r:-0} > best )) && best=$r
	done
	echo "$best"
}

# fill the module cache with the optimised program (not the quick tier)
WASM_BPF_COMPILE=optimized "$HOST" bench.wasm attach >/dev/null 2>&1

for size in 64 256; do
	n=$(best_rate ./bench-native drain "$size" "$COUNT") || exit 1
	w=$(best_rate "$HOST" bench.wasm drain "$size" "$COUNT") || exit 1
	printf 'drain %3d B: native %10s ev/s  wasm %10s ev/s  ratio %s\n' "$size" "$n" "$w" \
		"$(ratio "$w" "$n")"
done

TRIGGER_CALLS=100000000
for who in native wasm; do
	if [[ $who == native ]]; then cmd=(./bench-native live 3); else cmd=("$HOST" bench.wasm live 3); fi
	run_consumer "$tmp/live-$who" "${cmd[@]}"
	echo "live $who: $(grep '^live' "$tmp/live-$who")"
done
TRIGGER_CALLS=1

# (c) start to attached, median of ROUNDS
attach_ms() {
	local v=()
	for ((i = 0; i < ROUNDS; i++)); do
		t0=$(date +%s%N)
		t1=$("$@" attach | sed -n 's/^attached_realtime_ns=//p')
		v+=($(( (t1 - t0) / 1000 )))
	done
	printf '%s\n' "${v[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"
}
n=$(attach_ms ./bench-native)
w=$(attach_ms "$HOST" bench.wasm)
printf 'attach: native %s us  wasm %s us  ratio %s\n' "$n" "$w" "$(ratio "$w" "$n")"
