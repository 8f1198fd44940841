#!/usr/bin/env bash
# Sizes are facts: every example's module stays within its budget
# (tests/size/budgets), and the object its skeleton embeds — what the module
# ships of the BPF side — has no DWARF, is smaller than the object clang
# wrote, and still loads with libbpf on this kernel (bpftool prog loadall
# into a bpffs of the test's own); the kernel gets the same instructions from
# it as from the object clang wrote: the minimized BTF relocates the same.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh
. tests/size/embedded.sh
make_tmp

mkdir "$tmp/bpffs"
mount -t bpf bpf "$tmp/bpffs" || { fail bpffs "cannot mount a bpffs"; summary; exit 1; }
trap 'umount "$tmp/bpffs" 2>/dev/null; [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT

# what the verifier got, map ids aside (each load creates its own maps),
# and without the source lines (the embedded object has no line info)
xlated() {
	bpftool prog dump xlated pinned "$1" | sed '/^;/d; s/map\[id:[0-9]*\]/map/g'
}

# NAME FULL: every program of the embedded object (pinned in bpffs/NAME)
# translated exactly as the same program of the full object
same_instructions() {
	local name=$1 p n=0 differ=
	if ! bpftool prog loadall "$2" "$tmp/bpffs/${name}_full" 2>"$tmp/$name.err"; then
		fail "$name: the object clang wrote loads" "$(head -n 3 "$tmp/$name.err")"
		return
	fi
	for p in "$tmp/bpffs/$name"/*; do
		n=$((n + 1))
		cmp -s <(xlated "$p") <(xlated "$tmp/bpffs/${name}_full/${p##*/}") || differ+=" ${p##*/}"
	done
	if [[ $n -gt 0 && -z $differ ]]; then
		ok "$name: its $n programs reach the kernel as those of the object clang wrote"
	else
		fail "$name: programs reach the kernel as those of the object clang wrote" "differ:${differ:- no programs}"
	fi
}

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
	shoff=$(od -An -t u8 -j 40 -N 8 "$tmp/$name.o" | tr -d ' ')
	shnum=$(od -An -t u2 -j 60 -N 2 "$tmp/$name.o" | tr -d ' ')
	check "$name: decoded whole: $(stat -c %s "$tmp/$name.o") bytes, ending with its section headers" \
		test "$(stat -c %s "$tmp/$name.o")" -eq $((shoff + shnum * 64))
	check "$name: the embedded object has no .debug_* section" \
		bash -c "! readelf -SW '$tmp/$name.o' | grep -q '\.debug_'"
	check "$name: it keeps .BTF and .BTF.ext" \
		bash -c "readelf -SW '$tmp/$name.o' | grep -q ' \.BTF ' && readelf -SW '$tmp/$name.o' | grep -q ' \.BTF\.ext '"
	full=$(stat -c %s "$dir/.output/$name.bpf.o")
	check "$name: $(stat -c %s "$tmp/$name.o") bytes embedded, not the $full clang wrote" \
		test "$(stat -c %s "$tmp/$name.o")" -lt "$full"
	if bpftool prog loadall "$tmp/$name.o" "$tmp/bpffs/$name" 2>"$tmp/$name.err"; then
		ok "$name: the embedded object loads with libbpf (bpftool prog loadall)"
		same_instructions "$name" "$dir/.output/$name.bpf.o"
	else
		fail "$name: the embedded object loads with libbpf" "$(grep -v '^$' "$tmp/$name.err" | head -n 3)"
	fi
	rm -rf "$tmp/bpffs/$name" "$tmp/bpffs/${name}_full"
done <tests/size/budgets

# every CO-RE relocation kind (tests/skel/core.bpf.c), and the kconfig and
# globals objects: the same instructions through the BTF the skeleton ships
for name in core kconfig globals; do
	embedded_object "tests/skel/.output/$name.skel.h" "$tmp/$name.o"
	if bpftool prog loadall "$tmp/$name.o" "$tmp/bpffs/$name" 2>"$tmp/$name.err"; then
		same_instructions "$name" "tests/skel/.output/$name.bpf.o"
	else
		fail "$name: the embedded object loads" "$(grep -v '^$' "$tmp/$name.err" | head -n 3)"
	fi
	rm -rf "$tmp/bpffs/$name" "$tmp/bpffs/${name}_full"
done

# line info: only each function's first line in what a skeleton embeds by
# default, every source line with --line-info (make BPF_LINE_INFO=1)
skel_lines() {	# ARGS...: the source lines the kernel has for bootstrap's handle_exec
	rm -rf "$tmp/bpffs/lines"
	bpftool-wasm/.output/bpftool-wasm gen skeleton examples/bootstrap/.output/bootstrap.bpf.o \
		"$@" >"$tmp/lines.skel.h" &&
		embedded_object "$tmp/lines.skel.h" "$tmp/lines.o" &&
		bpftool prog loadall "$tmp/lines.o" "$tmp/bpffs/lines" 2>/dev/null &&
		bpftool prog dump xlated pinned "$tmp/bpffs/lines/handle_exec" | grep -c '^; .'
	rm -rf "$tmp/bpffs/lines"
}
n=$(skel_lines)
check "bootstrap: the embedded object's line info is the function's first line ($n)" test "$n" = 1
n=$(skel_lines --line-info)
check "bootstrap: with --line-info, the kernel quotes its source ($n lines)" test "${n:-0}" -gt 10

summary
