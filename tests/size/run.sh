#!/usr/bin/env bash
# Sizes are facts: every example's module stays within its budget
# (tests/size/budgets), and the object its skeleton embeds — what the module
# ships of the BPF side — has no DWARF, is smaller than the object clang
# wrote, and still loads with libbpf on this kernel (bpftool prog loadall
# into a bpffs of the test's own).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh
. tests/size/embedded.sh
make_tmp

mkdir "$tmp/bpffs"
mount -t bpf bpf "$tmp/bpffs" || { fail bpffs "cannot mount a bpffs"; summary; exit 1; }
trap 'umount "$tmp/bpffs" 2>/dev/null; [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT

while read -r name budget; do
	[[ -z $name || $name == \#* ]] && continue
	dir=examples/$name
	module=$dir/$name.wasm
	skel=$dir/.output/$name.skel.h
	size=$(stat -c %s "$module" 2>/dev/null || echo 0)
	check "$name: module $size bytes, within its budget of $budget" test "$size" -gt 0 -a "$size" -le "$budget"
	embedded_object "$skel" "$tmp/$name.o"
	check "$name: the embedded object is an ELF file" \
		test "$(head -c 4 "$tmp/$name.o" | od -An -c | tr -d ' ')" = "177ELF"
	check "$name: the embedded object has no .debug_* section" \
		bash -c "! readelf -SW '$tmp/$name.o' | grep -q '\.debug_'"
	check "$name: it keeps .BTF and .BTF.ext" \
		bash -c "readelf -SW '$tmp/$name.o' | grep -q ' \.BTF ' && readelf -SW '$tmp/$name.o' | grep -q ' \.BTF\.ext '"
	full=$(stat -c %s "$dir/.output/$name.bpf.o")
	check "$name: $(stat -c %s "$tmp/$name.o") bytes embedded, not the $full clang wrote" \
		test "$(stat -c %s "$tmp/$name.o")" -lt "$full"
	if bpftool prog loadall "$tmp/$name.o" "$tmp/bpffs/$name" 2>"$tmp/$name.err"; then
		ok "$name: the embedded object loads with libbpf (bpftool prog loadall)"
	else
		fail "$name: the embedded object loads with libbpf" "$(grep -v '^$' "$tmp/$name.err" | head -n 3)"
	fi
	rm -rf "$tmp/bpffs/$name"
done <tests/size/budgets

summary
