# Sourced by run.sh: the two compile tiers (build.h) and the data segments
# the host loads instead of compiling (data_segments.c). Each case has a
# cache of its own under $tmp. Uses run.sh's $HOST, $tmp and the harness.

# key MODULE: the name the driver gives MODULE's optimised program
key() {
	(cat "$1"; sha256sum ../.output/libwasmbpf-host.a | cut -c1-64 | tr -d '\n') |
		sha256sum | cut -c1-64
}

# settle CACHE: waits (60 s at most) for background builds to end: no lock held
settle() {
	local tries=600
	while (( tries-- > 0 )); do
		compgen -G "$1/*.lock" >/dev/null || return 0
		sleep 0.1
	done
	return 1
}

# --- tiered (the default): quick program now, the optimised one in the background
k=$(key wasi_guest.wasm)
c=$tmp/tiered-verbose
WASM_BPF_CACHE=$c WASM_BPF_COMPILE=tiered WASM_BPF_VERBOSE=1 "$HOST" wasi_guest.wasm exit 7 2>"$tmp/v"
check "first run: the guest ran (status 7)" test $? -eq 7
check "first run: compiled quickly" grep -q "compiling wasi_guest.wasm quickly" "$tmp/v"
check "first run: optimising in the background" grep -q "optimising into .*/$k in the background" "$tmp/v"
settle "$c"
c=$tmp/tiered
WASM_BPF_CACHE=$c WASM_BPF_COMPILE=tiered "$HOST" wasi_guest.wasm exit 7
check "the quick program is in the cache" test -x "$c/$k.quick"
check "the background build ends" settle "$c"
check "it leaves the optimised program" test -x "$c/$k"
check "and no build directory or lock" test -z "$(ls "$c" | grep -v "^$k\(\.quick\)\?$")"
check "the optimised program is mode 0700" test "$(stat -c %a "$c/$k")" = 700
WASM_BPF_CACHE=$c WASM_BPF_VERBOSE=1 "$HOST" wasi_guest.wasm exit 7 2>"$tmp/v"
check "next run: the optimised program (status 7)" test $? -eq 7
check "next run: no compile, the optimised entry" grep -qx "wasm-bpf: cached: $c/$k" "$tmp/v"

# --- WASM_BPF_COMPILE=quick: nothing more; =optimized: waits for -O1
c=$tmp/quick
WASM_BPF_CACHE=$c WASM_BPF_COMPILE=quick "$HOST" wasi_guest.wasm exit 0
check "quick only: runs" test $? -eq 0
sleep 0.5
check "quick only: the quick program and nothing else" test "$(ls "$c")" = "$k.quick"
c=$tmp/optimized
WASM_BPF_CACHE=$c WASM_BPF_COMPILE=optimized "$HOST" wasi_guest.wasm exit 0
check "optimized: runs" test $? -eq 0
check "optimized: the optimised program only, at once" test "$(ls "$c")" = "$k"
expect_exact "an unknown WASM_BPF_COMPILE" 1 \
	"wasm-bpf: wasi_guest.wasm: WASM_BPF_COMPILE='fast': want tiered, optimized or quick" \
	env WASM_BPF_COMPILE=fast "$HOST" wasi_guest.wasm exit 0

# --- concurrent first runs of one module: every one runs, one entry each tier
c=$tmp/concurrent
for i in 1 2 3 4; do
	WASM_BPF_CACHE=$c WASM_BPF_COMPILE=tiered "$HOST" wasi_guest.wasm exit 5 & pids[i]=$!
done
st=0
for i in 1 2 3 4; do wait "${pids[i]}" || st=$((st + $? - 5)); done
check "four concurrent first runs all run (status 5 each)" test $st -eq 0
check "their background builds end" settle "$c"
check "the cache holds one quick and one optimised program" \
	test "$(ls "$c" | sort | tr '\n' ' ')" = "$k $k.quick "
WASM_BPF_CACHE=$c "$HOST" wasi_guest.wasm exit 5
check "and the program they left runs" test $? -eq 5

# --- a failed compile leaves no entry (a compiler that fails)
c=$tmp/failed
mkdir -p "$tmp/badcc"
printf '#!/bin/sh\nexit 1\n' >"$tmp/badcc/cc"
chmod +x "$tmp/badcc/cc"
ln -sf "$(command -v wasm2c)" "$tmp/badcc/wasm2c"
expect_exact "a failing compiler: one line" 1 \
	"wasm-bpf: wasi_guest.wasm: compiling the module failed (WASM_BPF_VERBOSE=1 shows why)" \
	env PATH="$tmp/badcc" WASM_BPF_CACHE=$c "$HOST" wasi_guest.wasm exit 0
check "a failed compile leaves nothing in the cache" test -z "$(ls "$c")"
rm -f "$tmp/badcc/wasm2c"
expect_exact "no C compiler at all: one line" 1 \
	"wasm-bpf: wasi_guest.wasm: not a valid WebAssembly module (wasm2c failed; WASM_BPF_VERBOSE=1 shows why)" \
	env PATH="$tmp/badcc" WASM_BPF_CACHE=$c "$HOST" wasi_guest.wasm exit 0

# --- data segments: loaded in order, up to the end of memory; passive ones compiled
want=$'active-TWO\npassive\nedge!'
for tier in quick optimized; do
	out=$(WASM_BPF_CACHE=$tmp/data WASM_BPF_COMPILE=$tier "$HOST" data/segments.wasm)
	check "$tier: active segments in order, the last byte of memory, a passive one" \
		test "$out" = "$want"
done
WASM_BPF_CACHE=$tmp/data-kept WASM_BPF_COMPILE=quick WASM_BPF_VERBOSE=1 "$HOST" data/segments.wasm \
	>/dev/null 2>&1
b=$(echo "$tmp"/data-kept/build.*)	# kept with WASM_BPF_VERBOSE=1
check "the segments' bytes go to the blob" grep -q "edge!" "$b/data.bin"
check "not into the C the compiler reads" \
	bash -c '! grep -qi "0x65, 0x64, 0x67, 0x65, 0x21" "$1"' _ "$b/mod.c"
