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
"$HOST" corpus.wasm >"$out" 2>"$out.err" &
guest=$!
if wait_for "$out" '^READY' 60; then
	"$tmp/wbtrigger" 1
	wait "$guest"
	rc=$?
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
