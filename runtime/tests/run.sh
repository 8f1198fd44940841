#!/usr/bin/env bash
# The project's wasm-bpf host: WASI for C guests, refusal of bad modules,
# every import against hostile arguments (both modes), Ctrl-C, --dir file
# access (files.sh), the cache, the compile tiers and data segments
# (tiers.sh), hostile caches, modules, guests and objects (cache.sh,
# hostile.sh).
set -u
cd "$(dirname "$0")"
. ../../tests/lib/harness.sh

HOST=../wasm-bpf
tmp=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT
export WASM_BPF_CACHE=$tmp/cache	# a cold cache: the first run compiles
# quick programs only: no background build outlives the suite (tiers.sh
# tests the default, tiered compiles, with caches of its own)
export WASM_BPF_COMPILE=quick

# --- WASI
out=$("$HOST" ./wasi_guest.wasm args one "two words" 2>&1)
check "argc counts the module and its arguments" grep -qx "argc=4" <<<"$out"
check "argv[0] is the module path as typed" grep -qx "argv\[0\]=./wasi_guest.wasm" <<<"$out"
check "arguments keep their spaces" grep -qx "argv\[3\]=two words" <<<"$out"
check "no environment, as upstream" grep -qx "environ=empty" <<<"$out"
"$HOST" wasi_guest.wasm exit 7
check "the guest's exit status is the host's (7)" test $? -eq 7
"$HOST" wasi_guest.wasm exit 0
check "exit status 0" test $? -eq 0
"$HOST" wasi_guest.wasm streams >"$tmp/o" 2>"$tmp/e"
check "stdout stays stdout" test "$(cat "$tmp/o")" = "to stdout"
check "stderr stays stderr" test "$(cat "$tmp/e")" = "to stderr"
out=$("$HOST" wasi_guest.wasm clock)
ms=$(sed -n 's/^slept_ms=//p' <<<"$out")
check "a 200 ms sleep takes 200 ms by the monotonic clock" test "${ms:-0}" -ge 195 -a "${ms:-0}" -lt 2000
check "realtime clock" grep -qx "realtime_ok=1" <<<"$out"
check "random_get" grep -qx "random_differs=1" <<<"$("$HOST" wasi_guest.wasm random)"

# --- the cache: the second run does not compile
WASM_BPF_VERBOSE=1 "$HOST" wasi_guest.wasm exit 0 2>"$tmp/v"
check "second run comes from the cache" grep -q "cached" "$tmp/v"
check "one program per module in the cache" \
	test "$(ls "$WASM_BPF_CACHE" | grep -c '^[0-9a-f]\{64\}\.quick$')" -eq 1

# --- the guest's pid: told through its wasm_bpf_set_pid export before _start
"$HOST" exports/set_pid.wasm &
pid=$!
wait $pid
check "the guest is told the runtime's pid (exit status: pid % 100)" test $? -eq $((pid % 100))

# --- SIGINT and SIGTERM
. ./signals.sh

# --- modules the host refuses: one line, exit 1
expect_refusal() {
	local name=$1 msg=$2
	shift 2
	"$HOST" "$@" >"$tmp/o" 2>"$tmp/e"
	local rc=$?
	if [[ $rc -ne 1 ]]; then
		fail "$name" "exit $rc: $(head -c 300 "$tmp/e")"
	elif [[ $(wc -l <"$tmp/e") -ne 1 ]] || ! grep -q -- "$msg" "$tmp/e"; then
		fail "$name" "expected one line with '$msg': $(head -c 300 "$tmp/e")"
	else
		ok "$name"
	fi
}
printf 'not wasm' >"$tmp/text.wasm"
expect_refusal "corrupt module" "not a valid WebAssembly module" corrupt.wasm
expect_refusal "not WebAssembly at all" "bad magic" "$tmp/text.wasm"
expect_refusal "no exported function table" "does not export '__indirect_function_table'" noexport.wasm
expect_refusal "missing file" "No such file" "$tmp/none.wasm"
"$HOST" >/dev/null 2>&1
check "no arguments: usage, exit 2" test $? -eq 2
"$HOST" --mode bogus wasi_guest.wasm >/dev/null 2>&1
check "unknown mode: exit 2" test $? -eq 2
"$HOST" --help | grep -q "^Usage: wasm-bpf"
check "--help" test $? -eq 0

# --- the imports against hostile arguments, on the real kernel
ensure_tracefs || fail tracefs "cannot mount tracefs"
for mode in wamr wasmtime; do
	"$HOST" --mode $mode imports.wasm $mode >"$tmp/$mode" 2>"$tmp/$mode.err"
	rc=$?
	check "$mode: guest ran to the end (its status 3)" test $rc -eq 3 -a -n "$(grep -x done "$tmp/$mode")"
	# failures: negative in WAMR's manner; some positive in wasmtime's
	if [[ $mode == wamr ]]; then err="negative"; else err="(negative|positive)"; fi
	for line in "load oob buffer: zero" "load huge size: zero" "load garbage: zero" "load: ok" \
		    "fd_by_name: ok" "update: 0" "lookup: 0 value=42" "delete: 0" \
		    "attach xdp to lo: 0" "attach tracepoint: 0" "poll: zero" "close: 0"; do
		check "$mode: $line" grep -qx "$line" "$tmp/$mode"
	done
	for call in "fd_by_name unknown map" "fd_by_name unknown handle" "fd_by_name oob name" \
		    "lookup oob key" "lookup oob value" "next oob" "bad command" "fd 1 (host stdout)" \
		    "fd 9999" "attach oob name" "attach unknown program" "attach unknown handle" \
		    "attach xdp to nosuchif0" "poll unknown handle" "poll fd not in object" \
		    "poll a hash map" "poll oob data" "poll a second buffer" "poll bad function index" \
		    "poll a callback of the wrong type" "close unknown handle" "close twice"; do
		check "$mode: $call is an error" grep -qE "^$(sed 's/[()]/\\&/g' <<<"$call"): $err\$" "$tmp/$mode"
	done
done
# --- the same hostile calls under valgrind: every bad pointer or length is
# refused before the host touches memory (the module is cached by now)
for mode in wamr wasmtime; do
	valgrind --trace-children=yes --suppressions=valgrind.supp --error-exitcode=99 \
		--log-file="$tmp/vg-$mode" "$HOST" --mode $mode imports.wasm $mode >/dev/null 2>&1
	check "$mode under valgrind: the guest's status, no memory errors" test $? -eq 3
	check "$mode under valgrind: 0 errors" grep -q "ERROR SUMMARY: 0 errors" "$tmp/vg-$mode"
done
check "wamr: \"\" means no target (xdp cannot auto-attach: negative)" grep -qx 'attach xdp to "": negative' "$tmp/wamr"
check "wasmtime: \"\" is a real target, failure is a positive code" grep -qx 'attach xdp to "": positive' "$tmp/wasmtime"
check "wasmtime: failures are positive codes" grep -qx "attach unknown program: positive" "$tmp/wasmtime"

# --- files: --dir grants, read-only, confined
. ./files.sh

# --- a cache others can write to, hostile modules, guests and objects
. ./cache.sh
. ./tiers.sh
. ./hostile.sh

summary
