#!/usr/bin/env bash
# btf2hdr: golden outputs, headers that compile (C and C++, alone and with
# every wasi-libc header, -Wall -Wextra -Werror), every type of the running
# kernel, default type selection, bad input and usage, a fuzzing smoke run.
set -u
cd "$(dirname "$0")/.."
. ../tests/lib/harness.sh
. ../mk/guest-env.sh

TOOL=.output/btf2hdr
tmp=$(mktemp -d)
trap '[[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT
BPF_CFLAGS="-g -O2 -target bpf -D__TARGET_ARCH_x86"

bpftool btf dump file /sys/kernel/btf/vmlinux format c >"$tmp/vmlinux.h"
clang $BPF_CFLAGS -I"$tmp" -c ../tests/layout/corpus.bpf.c -o "$tmp/corpus.bpf.o"
clang $BPF_CFLAGS -c tests/cases/naming.bpf.c -o "$tmp/naming.bpf.o"
clang $BPF_CFLAGS -c tests/cases/missing.bpf.c -o "$tmp/missing.bpf.o"

# every public wasi-libc header, to compile generated headers against
(cd "$(make -s -C .. print-WASM_BPF_SYSROOT)/include" && find . -name '*.h' | sed 's|^\./||' |
	grep -v -e '^__' -e '/__' -e '^bits/' -e '^wasi/' -e '^sys/\(errno\|fcntl\|poll\|signal\)\.h$' | sort) |
	sed 's/.*/#include <&>/' >"$tmp/libc.h"

# compiles NAME HEADER: alone and after all of wasi-libc, as C and C++
compiles() {
	local name=$1 hdr=$2 lang
	for lang in c c++; do
		if $GUEST_CC $GUEST_CFLAGS -D_GNU_SOURCE -Wall -Wextra -Werror -fsyntax-only -x $lang "$hdr" 2>"$tmp/cc.err"; then
			ok "$name compiles as $lang"
		else
			fail "$name compiles as $lang" "$(head -c 500 "$tmp/cc.err")"
		fi
		printf '#include "%s"\n#include "%s"\n' "$tmp/libc.h" "$hdr" >"$tmp/with-libc.c"
		if $GUEST_CC $GUEST_CFLAGS -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-\#warnings -fsyntax-only \
			-x $lang "$tmp/with-libc.c" 2>"$tmp/cc.err"; then
			ok "$name compiles as $lang with every wasi-libc header"
		else
			fail "$name compiles as $lang with every wasi-libc header" "$(head -c 500 "$tmp/cc.err")"
		fi
	done
}

# --- golden outputs, one case per concern: the corpus (nesting, bitfields,
# long/pointers, packed, aligned, flexible arrays, enums, arrays, ordering)
# and naming (wasi-libc clashes, keywords, members named like typedefs)
for c in corpus naming; do
	if "$TOOL" "$tmp/$c.bpf.o" >"$tmp/$c.h" 2>"$tmp/$c.err" &&
	   diff -u "tests/golden/$c.h" "$tmp/$c.h" >"$tmp/$c.diff"; then
		ok "golden: $c"
	else
		fail "golden: $c" "$(head -c 800 "$tmp/$c.diff" "$tmp/$c.err")"
	fi
	compiles "$c header" "$tmp/$c.h"
	"$TOOL" "$tmp/$c.bpf.o" -o "$tmp/$c.again.h"
	check "$c: byte-identical on a second run (-o)" cmp -s "$tmp/$c.h" "$tmp/$c.again.h"
done

# a struct of the program's own that BTF lacks: a warning with the fix
"$TOOL" "$tmp/missing.bpf.o" >"$tmp/missing.h" 2>"$tmp/missing.err"
check "missing from BTF: still succeeds" test $? -eq 0
check "missing from BTF: warns with the idiom" grep -q "struct only_in_dwarf \*unused_only_in_dwarf" "$tmp/missing.err"
check "missing from BTF: the other type is emitted" grep -q "^struct in_btf {" "$tmp/missing.h"

# default selection: the program's own types, not vmlinux.h's
"$TOOL" "$tmp/corpus.bpf.o" >"$tmp/sel.h"
check "default: the sources' own structs" grep -q "^struct everything {" "$tmp/sel.h"
check "default: no vmlinux.h types" test -z "$(grep -e '^struct task_struct {' -e '^struct trace_entry {' "$tmp/sel.h")"
"$TOOL" -t holds_aligned -t size_t "$tmp/corpus.bpf.o" >"$tmp/t.h" 2>&1
check "-t: the named type" grep -q "^struct holds_aligned {" "$tmp/t.h"
check "-t: what it contains, first" test "$(grep -n -e '^struct aligned_s {' -e '^struct holds_aligned {' "$tmp/t.h" | cut -d: -f2 | tr '\n' ' ')" = "struct aligned_s { struct holds_aligned { "
check "-t: repeatable, typedef chains renamed (size_t)" grep -q "^typedef __kernel_size_t size_t__bpf;" "$tmp/t.h"
check "-t: nothing else" test -z "$(grep '^struct everything {' "$tmp/t.h")"

# --- every type of the running kernel
start=$(date +%s%N)
if "$TOOL" --all /sys/kernel/btf/vmlinux -o "$tmp/vmlinux.wasm.h" 2>"$tmp/vm.err"; then
	gen_ms=$(( ($(date +%s%N) - start) / 1000000 ))
	types=$(grep -c '^#define __W32_DEF_' "$tmp/vmlinux.wasm.h")
	asserts=$(grep -c '__W32_LAYOUT_ASSERT(' "$tmp/vmlinux.wasm.h")
	echo "  vmlinux: $types types, $asserts assertions, generated in $gen_ms ms"
	ok "--all /sys/kernel/btf/vmlinux"
	check "vmlinux: thousands of types" test "$types" -gt 5000
	compiles "vmlinux --all" "$tmp/vmlinux.wasm.h"
else
	fail "--all /sys/kernel/btf/vmlinux" "$(cat "$tmp/vm.err")"
fi

# --- bad input: exit 1, one line on stderr naming the file, nothing on stdout
# expect_bad NAME STATUS MESSAGE-PART ARGS...
expect_bad() {
	local name=$1 want=$2 msg=$3
	shift 3
	"$TOOL" "$@" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	if [[ $rc -ne $want ]]; then
		fail "$name" "exit $rc, expected $want: $(head -c 300 "$tmp/err")"
	elif [[ -s $tmp/out ]]; then
		fail "$name" "wrote to stdout"
	elif [[ $want -eq 1 && $(wc -l <"$tmp/err") -ne 1 ]]; then
		fail "$name" "expected one line on stderr: $(head -c 300 "$tmp/err")"
	elif [[ -n $msg ]] && ! grep -q -- "$msg" "$tmp/err"; then
		fail "$name" "message lacks '$msg': $(cat "$tmp/err")"
	else
		ok "$name"
	fi
}

cc -O2 -Wall -Wextra -Werror tests/mkbad.c -o "$tmp/mkbad"
"$tmp/mkbad" all "$tmp"
printf 'plain text, neither ELF nor BTF\n' >"$tmp/text"
: >"$tmp/empty"
head -c 4096 /sys/kernel/btf/vmlinux >"$tmp/truncated.btf"
head -c 200 "$tmp/corpus.bpf.o" >"$tmp/truncated.o"
clang -O2 -target bpf -c tests/cases/naming.bpf.c -o "$tmp/nobtf.o"
"$TOOL" --all "$tmp/ok.btf" >"$tmp/ok.h" 2>&1
check "control: a valid hand-made BTF file works" grep -q "^struct s {" "$tmp/ok.h"

expect_bad "not ELF or BTF" 1 "neither an ELF file nor raw BTF" --all "$tmp/text"
expect_bad "empty file" 1 "empty" --all "$tmp/empty"
expect_bad "missing file" 1 "No such file" --all "$tmp/nope"
expect_bad "a directory" 1 "not a regular file" --all "$tmp"
expect_bad "ELF without .BTF" 1 "no .BTF section" "$tmp/nobtf.o"
expect_bad "native ELF without .BTF" 1 "no .BTF section" /bin/true
expect_bad "truncated ELF" 1 "" "$tmp/truncated.o"
expect_bad "truncated BTF" 1 "malformed BTF" --all "$tmp/truncated.btf"
expect_bad "out-of-range type id" 1 "does not exist (99)" --all "$tmp/range.btf"
expect_bad "reference loop" 1 "reference loop" --all "$tmp/loop.btf"
expect_bad "struct containing itself" 1 "contains itself" --all "$tmp/self.btf"
expect_bad "member past the end" 1 "ends past" --all "$tmp/past.btf"
expect_bad "overlapping members" 1 "overlaps" --all "$tmp/overlap.btf"
expect_bad "name not an identifier" 1 "not a C identifier" --all "$tmp/name.btf"
expect_bad "bitfield of a 512 MiB integer" 1 "unsupported size (536870912 bytes)" --all "$tmp/unit.btf"
expect_bad "struct of 1 GiB" 1 "too large" --all "$tmp/huge.btf"
expect_bad "misaligned type section" 1 "not aligned to 4 bytes" --all "$tmp/align.btf"
expect_bad "control bytes in a name stay escaped" 1 'x\\x0ay' --all "$tmp/binary.btf"
expect_bad "unknown -t name" 1 "no type named 'no_such_type'" -t no_such_type "$tmp/corpus.bpf.o"
expect_bad "raw BTF without -t or --all" 1 "use -t NAME or --all" /sys/kernel/btf/vmlinux

# --- usage: exit 2
expect_bad "no arguments" 2 ""
expect_bad "unknown option" 2 "" --frobnicate x
expect_bad "-t without a value" 2 "" -t
expect_bad "two files" 2 "" a b
expect_bad "--all with -t" 2 "" --all -t x y
"$TOOL" --help >"$tmp/out"
check "--help exits 0 with usage" grep -q "^Usage: btf2hdr" "$tmp/out"

# --- fuzzing smoke run (the long runs: make -C btf2hdr fuzz)
if make -s fuzz FUZZ_SECONDS=${FUZZ_SECONDS:-10} >"$tmp/fuzz.log" 2>&1; then
	ok "fuzz smoke run (${FUZZ_SECONDS:-10} s): no crash"
else
	fail "fuzz smoke run" "$(tail -n 5 "$tmp/fuzz.log")"
fi

summary
