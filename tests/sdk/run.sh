#!/usr/bin/env bash
# libbpf-wasm conformance on the real kernel, in the project host's default
# (WAMR-like) mode and in its wasmtime-imitation mode. The guest prints its
# own ok/FAIL lines; this adds the process-level checks.
set -u
cd "$(dirname "$0")"
. ../lib/harness.sh

HOST=../../runtime/wasm-bpf
make_tmp
require_tracefs
cp ../lib/trigger "$tmp/wbtrigger"

# noext: the guest built with -DLIBBPF_WASM_NO_EXT, as for a runtime
# without the extension: clear errors where it would be needed
for mode in wamr wasmtime noext; do
	out=$tmp/$mode.out
	module=conform.wasm
	[[ $mode == noext ]] && module=conform-noext.wasm
	if guest_start "$out" '^READY' "$HOST" --mode "${mode/noext/wamr}" $module "${mode/noext/wamr}"; then
		"$tmp/wbtrigger" 3 udp
		guest_wait
		rc=$RC
	else
		rc=-1
	fi
	# the guest's own results, tagged with the mode
	while read -r word rest; do
		case $word in
		ok) ok "$mode: $rest" ;;
		FAIL) fail "$mode: ${rest%%:*}" "${rest#*: }" ;;
		esac
	done <"$out"
	check "$mode: guest exits 0" test "$rc" -eq 0
	check "$mode: guest printed its summary" grep -qE '^[0-9]+ passed, 0 failed$' "$out"
	# the one line of the refused socket() (test_sockets), and nothing else
	want="socket: a wasm guest opens packet sockets only (AF_PACKET), through the wasm-bpf runtime's extension"
	[[ $mode == noext ]] && want="socket: built with -DLIBBPF_WASM_NO_EXT: a wasm guest has no sockets without the wasm-bpf runtime's extension"
	check "$mode: on stderr only the refused socket()'s line" test "$(cat "$out.err")" = "$want"
	[[ $(cat "$out.err") != "$want" ]] && head -n 5 "$out.err"
done

# the guest-side object reader on every input fuzzing kept and on the
# hostile objects, natively under ASan/UBSan: no out-of-bounds access
make -s fuzz-replay >"$tmp/replay" 2>&1
check "SDK object reader: fuzz corpus and hostile objects replay cleanly" test $? -eq 0
grep -q "ERROR: \|runtime error" "$tmp/replay" && head -n 20 "$tmp/replay"

summary
