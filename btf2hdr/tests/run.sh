#!/usr/bin/env bash
# btf2hdr: golden outputs, headers that compile (C and C++, alone, with
# every wasi-libc header and after the SDK's, -Wall -Wextra -Werror),
# every type of the running kernel, default type selection, bad input and
# usage, a fuzzing smoke run.
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
		printf '#include <libbpf-wasm.h>\n#include <argp.h>\n#include "%s"\n' "$hdr" >"$tmp/with-sdk.c"
		if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only -x $lang "$tmp/with-sdk.c" \
			2>"$tmp/cc.err"; then
			ok "$name compiles as $lang after the SDK's headers"
		else
			fail "$name compiles as $lang after the SDK's headers" "$(head -c 500 "$tmp/cc.err")"
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
# (__kernel_size_t: <linux/types.h> has it, 4 bytes on wasm32, 8 in BPF)
check "-t: repeatable, typedef chains renamed (size_t)" grep -q "^typedef __kernel_size_t__bpf size_t__bpf;" "$tmp/t.h"
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
expect_bad "anonymous structs 20000 deep (stack overflow before)" 1 \
	"type \[19936\]: anonymous types nested deeper than 64" --all "$tmp/deep.btf"
expect_bad "named structs 20000 deep by value" 1 "types nested deeper than 256 levels" -t n20001 "$tmp/deepnamed.btf"
expect_bad "int m[1 << 30] in 8 bytes (32-bit bit offset wrapped to 0 before)" 1 \
	"type \[3\] s: member 0: ends past the type's size (4294967296 > 8 bytes)" --all "$tmp/ovf.btf"
expect_bad "one anonymous union used twice per level, 40 levels (2^40 lines before)" 1 \
	"type \[41\] s: too many members printed inline (anonymous types used in many places)" \
	--all "$tmp/fanout.btf"
expect_bad "arrays of each other" 1 "reference loop" --all "$tmp/arrayloop.btf"
expect_bad "two members of one name" 1 "type \[2\] s: member 1: a second member named m" --all "$tmp/dup.btf"
expect_bad "a member without a name" 1 "type \[2\] s: member 0: has no name" --all "$tmp/noname.btf"
expect_bad "unknown -t name" 1 "no type named 'no_such_type'" -t no_such_type "$tmp/corpus.bpf.o"
expect_bad "raw BTF without -t or --all" 1 "use -t NAME or --all" /sys/kernel/btf/vmlinux

# --- hostile input that is valid: names never become code, padding never
# takes a member's name, deep nesting through named types is fine
"$TOOL" --all "$tmp/deepnamed.btf" >"$tmp/deepnamed.h" 2>"$tmp/err"
check "named structs 20000 deep: --all succeeds (no recursion across named types)" test $? -eq 0
check "named structs 20000 deep: the header compiles" \
	$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only -x c "$tmp/deepnamed.h"
timeout 20 "$TOOL" --all "$tmp/samename.btf" >"$tmp/samename.h"
check "20000 structs of one name: renamed in linear time" grep -q '^struct s___20000 {' "$tmp/samename.h"
"$TOOL" --all "$tmp/intname.btf" >"$tmp/intname.h"
check "an integer named like code stays in its comment" \
	grep -q '^	unsigned long long /\* x __ _error \* \*/ m;$' "$tmp/intname.h"
compiles "integer named like code" "$tmp/intname.h"
"$TOOL" --all "$tmp/padname.btf" >"$tmp/padname.h"
check "padding skips a member's name (__pad0 taken, __pad1 used)" \
	grep -qx '	char __pad1\[4\];' "$tmp/padname.h"
compiles "member called __pad0" "$tmp/padname.h"
evil=$'evil\n#error */'
cp "$tmp/ok.btf" "$tmp/${evil//\//_}.btf"
"$TOOL" --all "$tmp/${evil//\//_}.btf" >"$tmp/evil.h"
check "a file name with a newline and */ stays in its comment" \
	grep -q '^/\* Generated by btf2hdr from evil__error __.btf: ' "$tmp/evil.h"
compiles "file name with a newline" "$tmp/evil.h"

# --- atomic output: a failed write leaves the previous OUT byte-identical
mkdir -p "$tmp/tiny"
if mount -t tmpfs -o size=8k tmpfs "$tmp/tiny" 2>/dev/null; then
	"$TOOL" --all "$tmp/ok.btf" -o "$tmp/tiny/out.h"
	cp "$tmp/tiny/out.h" "$tmp/good.h"
	"$TOOL" --all /sys/kernel/btf/vmlinux -o "$tmp/tiny/out.h" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "full disk: exit 1" test $rc -eq 1
	check "full disk: one line naming OUT and the reason" \
		test "$(cat "$tmp/err")" = "btf2hdr: $tmp/tiny/out.h: write failed: No space left on device"
	check "full disk: the previous OUT is byte-identical" cmp -s "$tmp/good.h" "$tmp/tiny/out.h"
	check "full disk: no temporary file left" test "$(ls -A "$tmp/tiny")" = out.h
	umount "$tmp/tiny"
else
	fail "atomic output" "cannot mount a tmpfs (run as root)"
fi
"$TOOL" --all /sys/kernel/btf/vmlinux >/dev/full 2>"$tmp/err"
check "stdout on a full device: exit 1" test $? -eq 1
check "stdout on a full device: one line" \
	test "$(cat "$tmp/err")" = "btf2hdr: stdout: write failed: No space left on device"
mkdir -p "$tmp/outdir"
"$TOOL" --all "$tmp/ok.btf" -o "$tmp/outdir" 2>"$tmp/err"
check "-o onto a directory: exit 1, one line, nothing left behind" \
	test $? -eq 1 -a "$(wc -l <"$tmp/err")" -eq 1 -a -z "$(ls -A "$tmp/outdir")"
chmod 640 "$tmp/good.h"
"$TOOL" --all "$tmp/ok.btf" -o "$tmp/good.h"
check "-o keeps the previous file's mode" test "$(stat -c %a "$tmp/good.h")" = 640

# --- the object checker (libobjcheck.a), run by bpftool-wasm and the runtime
cc -O2 -Wall -Wextra -Werror -I. tests/check_obj.c .output/libobjcheck.a -lbpf -lelf -lz -o "$tmp/check_obj"
objs=$(find .. -name '*.bpf.o' -path '*/.output/*' -not -path '*/fuzz-*' 2>/dev/null | sort)
"$tmp/check_obj" $objs "$tmp/corpus.bpf.o" "$tmp/naming.bpf.o" >"$tmp/check.out"
check "checker: every object of the project passes" test $? -eq 0
hostile=../bpftool-wasm/tests/hostile
# expect_check NAME FILE MESSAGE: refused with exactly that message
expect_check() {
	local out
	out=$("$tmp/check_obj" "$2")
	if [[ $? -eq 1 && $out == "$2: $3" ]]; then ok "checker: $1"; else fail "checker: $1" "$out"; fi
}
expect_check "member type id 530 of 50 (crashed libbpf 1.1.2)" "$hostile/skel-libbpf-segv.bpf.o" \
	"section 21 (.BTF): type [20]: member 2 refers to a type that does not exist (530)"
expect_check "enumerator name outside the strings" "$hostile/skel-enum-null-name.bpf.o" \
	"section 19 (.BTF): type [49] proto_slot: enumerator 0 name offset outside the string section (4278191649)"
expect_check "variable name outside the strings" "$hostile/skel-datasec-var-null-name.bpf.o" \
	"section 19 (.BTF): type [38]: name offset outside the string section (9764864)"
# every check, one broken object each (tests/mkbadobj.c says what each
# breaks; section numbers are those of clang 14's layout of objcheck.bpf.c)
clang $BPF_CFLAGS -c tests/cases/objcheck.bpf.c -o "$tmp/objcheck.bpf.o"
cc -O2 -Wall -Wextra -Werror tests/mkbadobj.c -o "$tmp/mkbadobj"
mkdir -p "$tmp/badobj"
"$tmp/mkbadobj" all "$tmp/objcheck.bpf.o" "$tmp/badobj"
check "mkbadobj: every kind made" test $? -eq 0
check "checker: the unbroken object passes" test "$("$tmp/check_obj" "$tmp/badobj/ok.o")" = "$tmp/badobj/ok.o: ok"
while IFS='|' read -r kind msg; do
	expect_check "$kind" "$tmp/badobj/$kind.o" "$msg"
done <<'EOF'
machine|not a BPF object (ELF machine 62)
type|not a relocatable object (ELF type 2)
shoff|section table past the end of the file
shnum|no section table
shstrndx|section name table index 29 out of range (29 sections)
secpast|section 3: data past the end of the file
secwrap|section 3: data past the end of the file
bsshuge|section 7: 1099511627776 bytes without data (at most 1073741824)
shstrterm|section 1: the section name table is not NUL-terminated
shname|section 3: name offset 316 outside the section name table
btfnobits|section 18 (.BTF): not SHT_PROGBITS (type 8)
btfdup|section 22 (.BTF): a second section of that name (the first is 18)
symentsize|section 28 (.symtab): symbol entries of 16 bytes (size 408), expected 24
symname|section 28 (.symtab): symbol 12: name offset 316 outside the string table
symshndx|section 28 (.symtab): symbol 12 (count): section index 34 out of range
symsize|section 28 (.symtab): symbol 12 (count): extends past its section 3
symwrap|section 28 (.symtab): symbol 12 (count): extends past its section 3
rellink|section 4 (.reltp/syscalls/sys_enter_getpid): linked to section 0, not to the symbol table (28)
relinfo|section 4 (.reltp/syscalls/sys_enter_getpid): applies to section 29, which does not exist
relsym|section 4 (.reltp/syscalls/sys_enter_getpid): relocation 0: symbol 17 out of range (17 symbols)
reloff|section 4 (.reltp/syscalls/sys_enter_getpid): relocation 0: offset 208 past the end of section 3
relabs|section 4 (.reltp/syscalls/sys_enter_getpid): relocation 0: symbol 13 has no section (index 65521)
ldimm64cut|section 4 (.reltp/syscalls/sys_enter_getpid): relocation 0: 64-bit load at offset 40 cut off by the end of its function
btfref|section 18 (.BTF): type [10] map_def: member 0 refers to a type that does not exist (1048575)
datasecvar|section 18 (.BTF): type [23] .maps: variable 0 past the end of the section
exthdr|section 20 (.BTF.ext): header length 4 out of range (268 bytes)
extoff|section 20 (.BTF.ext): func_info (offset 1048576, 20 bytes) past the end of the section
extrec|section 20 (.BTF.ext): func_info records of 4 bytes (at least 8, a multiple of 4)
extfunc|section 20 (.BTF.ext): func_info record 0: type 1 is not a function
extcore|section 20 (.BTF.ext): core_relo record 0: type 1048575 does not exist
EOF
expect_check "not ELF" "$tmp/text" "not an ELF file"
expect_check "native ELF" /bin/true "not a BPF object (ELF machine 62)"

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
