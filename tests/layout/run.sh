#!/usr/bin/env bash
# The layout corpus at run time: the kernel fills every field of the
# corpus structs, the guest checks them through btf2hdr's header.
set -u
cd "$(dirname "$0")"
. ../lib/harness.sh

HOST=../../runtime/wasm-bpf
make_tmp
require_tracefs
cp ../lib/trigger "$tmp/wbtrigger"

out=$tmp/corpus.out
if guest_start "$out" '^READY' "$HOST" corpus.wasm; then
	"$tmp/wbtrigger" 1
	guest_wait
	rc=$RC
	while read -r word rest; do
		case $word in
		ok) ok "field $rest" ;;
		FAIL) fail "${rest%%:*}" "${rest#*: }" ;;
		esac
	done <"$out"
	check "guest exits 0" test "$rc" -eq 0
	check "every field was checked" grep -qE '^[0-9]+ passed, 0 failed$' "$out"
else
	fail "guest starts" "$(head -c 300 "$out.err")"
fi
summary
