#!/usr/bin/env bash
# bpftool-wasm: bad input and usage are refused cleanly; every skeleton of
# the project's BPF objects compiles for wasm32 as C and C++ with
# -Wall -Wextra -Werror.
set -u
cd "$(dirname "$0")/.."
. ../tests/lib/harness.sh
. ../mk/guest-env.sh

TOOL=.output/bpftool-wasm
BTF2HDR=../btf2hdr/.output/btf2hdr
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_fail NAME STATUS ARGS...: exit STATUS, one line on stderr, empty stdout.
# With MSG set, the line must be exactly "bpftool-wasm: MSG".
expect_fail() {
	local name=$1 want=$2
	shift 2
	"$TOOL" "$@" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	if [[ $rc -ne $want ]]; then
		fail "$name" "exit $rc, expected $want ($(head -c 200 "$tmp/err"))"
	elif [[ -s $tmp/out ]]; then
		fail "$name" "wrote to stdout"
	elif [[ $(wc -l <"$tmp/err") -lt 1 ]]; then
		fail "$name" "no message on stderr"
	elif [[ $want -eq 1 && $(wc -l <"$tmp/err") -ne 1 ]]; then
		fail "$name" "more than one line: $(cat "$tmp/err")"
	elif [[ -n ${MSG:-} && $(cat "$tmp/err") != "bpftool-wasm: $MSG" ]]; then
		fail "$name" "message: $(cat "$tmp/err"), expected: bpftool-wasm: $MSG"
	else
		ok "$name"
	fi
}

# compiles NAME SKEL [CODE]: SKEL and CODE (a function body) compile for
# wasm32 as C and as C++ with -Wall -Wextra -Werror. With PRE set, the
# header PRE is included first (what user code includes before a skeleton).
compiles() {
	local name=$1 skel=$2 code=${3:-} lang
	{
		[[ -z ${PRE:-} ]] || printf '#include "%s"\n' "$PRE"
		printf '#include "%s"\nint main(void) { %s return 0; }\n' "$skel" "$code"
	} >"$tmp/use.c"
	for lang in c c++; do
		if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang "$tmp/use.c" -c -o "$tmp/use.o" 2>"$tmp/cc.err"; then
			ok "$name compiles as $lang"
		else
			fail "$name compiles as $lang" "$(head -c 400 "$tmp/cc.err")"
		fi
	done
}

# names_in SKEL: the map and program names its string literals decode to,
# as "maps HEX" and "progs HEX" lines (the literals compiled natively, C99
# with trigraphs on, so an unescaped ?? would decode differently)
names_in() {
	sed -n -E 's/^\ts->(maps|progs)\[[0-9]+\]\.name = (".*");$/show("\1", \2);/p' "$1" >"$tmp/lits.inc"
	printf '%s\n' '#include <stdio.h>' \
		'static void show(const char *k, const char *s) { printf("%s ", k); for (; *s; s++) printf("%02x", (unsigned char)*s); putchar(10); }' \
		'int main(void) {' '#include "lits.inc"' 'return 0; }' >"$tmp/decode.c"
	cc -std=c99 -Wall -Wextra -Werror -Wno-trigraphs -I"$tmp" "$tmp/decode.c" -o "$tmp/decode" && "$tmp/decode"
}
hex() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n'; }

# has_name SKEL KIND NAME: a literal of SKEL decodes to exactly NAME
has_name() {
	if names_in "$1" | grep -qx "$2 $(hex "$3")"; then
		ok "$(basename "$1"): the $2 name literal decodes to the ELF name"
	else
		fail "$(basename "$1"): the $2 name literal decodes to the ELF name" "$(grep -a "$2\[" "$1" | head -5)"
	fi
}

# --- bad input: exit 1, nothing on stdout
: >"$tmp/empty.o"
printf 'hello, not an object\n' >"$tmp/text.o"
head -c 100 /bin/true >"$tmp/truncated.o"
cp /bin/true "$tmp/native.o"
clang -O2 -target bpf -c tests/noprog.bpf.c -o "$tmp/nobtf.o"
clang -g -O2 -target bpf -c tests/noprog.bpf.c -o "$tmp/noprog.o"
expect_fail "missing file" 1 gen skeleton "$tmp/does-not-exist.o"
expect_fail "empty file" 1 gen skeleton "$tmp/empty.o"
expect_fail "not an ELF file" 1 gen skeleton "$tmp/text.o"
expect_fail "truncated ELF" 1 gen skeleton "$tmp/truncated.o"
expect_fail "not a BPF object" 1 gen skeleton "$tmp/native.o"
expect_fail "no BTF" 1 gen skeleton "$tmp/nobtf.o"
expect_fail "no programs" 1 gen skeleton "$tmp/noprog.o"
grep -q "no BPF programs" "$tmp/err" && ok "no programs: says so" || fail "no programs: says so" "$(cat "$tmp/err")"
expect_fail "directory" 1 gen skeleton "$tmp"

# --- hostile objects (bpftool-wasm/tests/hostile): refused before libbpf
# sees them, by the checker btf2hdr and the runtime share (libobjcheck.a)
H=tests/hostile
MSG="$H/skel-libbpf-segv.bpf.o: section 21 (.BTF): type [20]: member 2 refers to a type that does not exist (530)" \
	expect_fail "map member of type 530 of 50 (SIGSEGV in libbpf 1.1.2's open before)" 1 \
	gen skeleton "$H/skel-libbpf-segv.bpf.o"
MSG="$H/skel-enum-null-name.bpf.o: section 19 (.BTF): type [49] proto_slot: enumerator 0 name offset outside the string section (4278191649)" \
	expect_fail "enumerator without a name (SIGSEGV before)" 1 gen skeleton "$H/skel-enum-null-name.bpf.o"
MSG="$H/skel-datasec-var-null-name.bpf.o: section 19 (.BTF): type [38]: name offset outside the string section (9764864)" \
	expect_fail "data-section variable without a name (SIGSEGV before)" 1 \
	gen skeleton "$H/skel-datasec-var-null-name.bpf.o"
for d in "" -DCXX; do
	clang -g -O2 -target bpf $d -c tests/collide.bpf.c -o "$tmp/collide$d.o"
done
MSG="$tmp/collide.o: maps \".data.a.b\" and \".data.a_b\" become the same skeleton field; rename one" \
	expect_fail "two sections, one field" 1 gen skeleton "$tmp/collide.o"
MSG="$tmp/collide-DCXX.o: maps \"class\" and \"class__bpf\" become the same skeleton field in C++; rename one" \
	expect_fail "two maps, one field in C++" 1 gen skeleton "$tmp/collide-DCXX.o"

globals=../tests/skel/.output/globals.bpf.o
if [[ -e $globals ]]; then
	MSG="$globals: type [44] is named point, as the skeleton's own declarations are; choose another skeleton name with name NAME" \
		expect_fail "skeleton named like a type it prints" 1 gen skeleton "$globals" name point
fi

# --- names are data: quotes, newlines, backslashes, comment ends and
# trigraphs in program, map and section names, C++ keywords as names
perl -pe 's/PPPPPPPP/a??\/b??=/g' "$H/names.bpf.o" >"$tmp/trigraph.bpf.o"
bpftool btf dump file /sys/kernel/btf/vmlinux format c >"$tmp/vmlinux.h"
clang -g -O2 -target bpf -D__TARGET_ARCH_x86 -I"$tmp" -c "$H/names.bpf.c" -o "$tmp/names-rebuilt.bpf.o"
for obj in "$H/quote-prog.bpf.o" "$H/quote-map.bpf.o" "$H/quote-sec.bpf.o" "$H/names.bpf.o" \
	   "$tmp/names-rebuilt.bpf.o" "$tmp/trigraph.bpf.o"; do
	skel="$tmp/$(basename "$obj" .o).skel.h"
	if "$TOOL" gen skeleton "$obj" >"$skel" 2>"$tmp/err"; then
		ok "$(basename "$obj"): accepted"
	else
		fail "$(basename "$obj"): accepted" "$(cat "$tmp/err")"
	fi
	compiles "$(basename "$obj")" "$skel"
done
has_name "$tmp/quote-prog.bpf.skel.h" progs 'p");x(""'
has_name "$tmp/quote-map.bpf.skel.h" maps $'a"b\nc\\de'
has_name "$tmp/quote-sec.bpf.skel.h" maps $'.data.w"*/\n#er'
has_name "$tmp/trigraph.bpf.skel.h" progs 'a??/b??='
has_name "$tmp/names.bpf.skel.h" maps class
has_name "$tmp/names.bpf.skel.h" progs new
check "names: every literal of names.bpf.o decodes (6 maps, 2 programs)" test "$(names_in "$tmp/names.bpf.skel.h" | wc -l)" -eq 8
compiles "names: skel->maps.class in C, class__bpf in C++" "$tmp/names.bpf.skel.h" \
	'struct names_bpf *s = names_bpf__open();
#ifdef __cplusplus
	(void)s->maps.class__bpf; (void)s->progs.new__bpf; (void)s->links.new__bpf;
#else
	(void)s->maps.class; (void)s->progs.new; (void)s->links.new;
#endif
'
check "no name reaches a comment raw" test -z "$(grep -a -e '/\*[^*]*"' "$tmp"/quote-*.skel.h)"
"$TOOL" gen skeleton "$H/names.bpf.o" name class -o "$tmp/class.h"
check "name class: the skeleton is struct class__bpf" grep -q "^struct class__bpf {" "$tmp/class.h"
compiles "skeleton named class" "$tmp/class.h"
evil=$'evil\n#error *'
cp "$H/names.bpf.o" "$tmp/$evil.bpf.o"
"$TOOL" gen skeleton "$tmp/$evil.bpf.o" name evil >"$tmp/evil.h"
check "a file name with a newline stays in its comment" \
	grep -q '^/\* THIS FILE IS AUTOGENERATED BY bpftool-wasm FROM evil__error _.bpf.o. DO NOT EDIT. \*/$' "$tmp/evil.h"
compiles "file name with a newline" "$tmp/evil.h"

# --- atomic output: a failed write leaves the previous OUT byte-identical
mkdir -p "$tmp/tiny"
if mount -t tmpfs -o size=8k tmpfs "$tmp/tiny" 2>/dev/null; then
	printf '/* a previous, good skeleton */\n' >"$tmp/tiny/x.skel.h"
	cp "$tmp/tiny/x.skel.h" "$tmp/good.h"
	MSG="$tmp/tiny/x.skel.h: write failed: No space left on device" \
		expect_fail "full disk: exit 1, one line" 1 gen skeleton "$H/names.bpf.o" -o "$tmp/tiny/x.skel.h"
	check "full disk: the previous OUT is byte-identical" cmp -s "$tmp/good.h" "$tmp/tiny/x.skel.h"
	check "full disk: no temporary file left" test "$(ls -A "$tmp/tiny")" = x.skel.h
	umount "$tmp/tiny"
else
	fail "atomic output" "cannot mount a tmpfs (run as root)"
fi
"$TOOL" gen skeleton "$H/names.bpf.o" >/dev/full 2>"$tmp/err"
check "stdout on a full device: exit 1" test $? -eq 1
check "stdout on a full device: one line" \
	test "$(cat "$tmp/err")" = "bpftool-wasm: stdout: write failed: No space left on device"

# --- CO-RE relocations that contradict the BTF (the BTF the skeleton ships
# is rewritten along their access strings): one line naming the relocation
core=../tests/skel/.output/core.bpf.o
[[ -f $core ]] || make -s -C ../tests/skel .output/core.bpf.o >/dev/null 2>&1
# "0:1": task_struct___probe's second member, whatever the kernel (core.bpf.c)
perl -0777 -pe 's/\x000:1\x00/\x000:9\x00/' "$core" >"$tmp/relo-past.o"
perl -0777 -pe 's/\x000:1\x00/\x000:x\x00/' "$core" >"$tmp/relo-bad.o"
MSG="$tmp/relo-past.o: embedding the object: .BTF.ext: an access past the last member in relocation 7" \
	expect_fail "a relocation past the last member of its struct" 1 gen skeleton "$tmp/relo-past.o"
MSG="$tmp/relo-bad.o: embedding the object: .BTF.ext: a malformed access string in relocation 7" \
	expect_fail "a malformed access string" 1 gen skeleton "$tmp/relo-bad.o"

# --- usage: exit 2
expect_fail "no arguments" 2
expect_fail "unknown command" 2 frobnicate
expect_fail "unknown subcommand" 2 gen object x.o
expect_fail "missing file argument" 2 gen skeleton
expect_fail "name without value" 2 gen skeleton x.o name
expect_fail "empty name" 2 gen skeleton x.o name ""
expect_fail "unknown option" 2 gen skeleton x.o --frob
"$TOOL" --help >"$tmp/out" 2>&1
check "--help exits 0" test $? -eq 0
check "--help shows usage" grep -q "^Usage: bpftool-wasm gen skeleton" "$tmp/out"
"$TOOL" --version >"$tmp/out" 2>&1
check "--version" grep -q "^bpftool-wasm v" "$tmp/out"

# --- the program's own header (tests/shared), as libbpf-tools use one:
# user code includes shared.h, then the skeleton. A type a header of the
# program defines is named, not defined, and asserted with a message that
# names the type, the member and shared.wasm.h; types of vmlinux.h and of
# the .bpf.c stay defined; static variables stay out; without DWARF every
# type is defined, as before.
S=tests/shared
mkdir -p "$tmp/g" "$tmp/long" "$tmp/ptr" "$tmp/nodwarf"
clang -g -O2 -target bpf -I"$tmp" -I$S -c $S/shared.bpf.c -o "$tmp/g/shared.bpf.o"
clang -g -O2 -target bpf -I"$tmp" -I$S -DSHARED_LONG -c $S/shared.bpf.c -o "$tmp/long/shared.bpf.o"
clang -g -O2 -target bpf -I"$tmp" -I$S -DSHARED_PTR -c $S/shared.bpf.c -o "$tmp/ptr/shared.bpf.o"
llvm-strip -g -o "$tmp/nodwarf/shared.bpf.o" "$tmp/g/shared.bpf.o"	# BTF, no DWARF
for d in g long ptr nodwarf; do
	"$TOOL" gen skeleton "$tmp/$d/shared.bpf.o" -o "$tmp/$d/shared.skel.h" 2>"$tmp/err" ||
		fail "shared ($d): skeleton" "$(cat "$tmp/err")"
done
# user_compiles NAME DIR [FLAGS]: shared.c (shared.h, then DIR's skeleton)
user_compiles() {
	local name=$1 dir=$2 lang
	shift 2
	for lang in c c++; do
		if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang -I"$dir" -I$S "$@" -c $S/shared.c \
			-o "$tmp/shared.o" 2>"$tmp/cc.err"; then
			ok "$name compiles as $lang"
		else
			fail "$name compiles as $lang" "$(head -c 600 "$tmp/cc.err")"
		fi
	done
}
sk=$tmp/g/shared.skel.h
user_compiles "shared.h then the skeleton" "$tmp/g"
check "shared: struct event is named in .bss" grep -q $'^\tstruct event last_event;$' "$sk"
check "shared: typedef data_t is named in .bss" grep -q $'^\tdata_t totals;$' "$sk"
check "shared: enum mode is named in .rodata" grep -q $'^\tenum mode targ_mode;$' "$sk"
check "shared: the header's types are not defined" \
	test -z "$(grep -E '__W32_DEF_(struct_(event|span|hist)|enum_mode|typedef_data_t)|^(struct|enum) (event|span|hist|mode) \{|data_t;$' "$sk")"
check "shared: a type of the .bpf.c is defined" grep -q '^struct local_cfg {$' "$sk"
check "shared: a type of a .bpf.h header is defined" grep -q '^struct bpf_side_stats {$' "$sk"
check "shared: a type of vmlinux.h is defined" grep -q '^typedef __kernel_pid_t__bpf pid_t__bpf;$' "$sk"
for t in 'struct event' 'struct span' 'struct hist' 'enum mode' 'data_t'; do
	check "shared: the size of $t is asserted" grep -q "^__W32_LAYOUT_CHECK(sizeof($t) == " "$sk"
done
check "shared: every member offset of struct event is asserted (through the anonymous union)" \
	test "$(grep -c '^__W32_LAYOUT_CHECK(__builtin_offsetof(struct event, ' "$sk")" -eq 6
check "shared: the nested header type is asserted" grep -q '^__W32_LAYOUT_CHECK(__builtin_offsetof(struct span, hi) == 4, ' "$sk"
check "shared: static variables are left out" test -z "$(grep -E 'zero_event|static_counter|scratch' "$sk")"
# the exact layout instead of the shared header: btf2hdr's header coexists
"$BTF2HDR" "$tmp/g/shared.bpf.o" -o "$tmp/g/shared.wasm.h"
PRE=$tmp/g/shared.wasm.h compiles "shared.wasm.h then the skeleton" "$sk" \
	'struct shared_bpf *s = shared_bpf__open(); struct event e = s->bss->last_event; (void)e;'
# a long or a pointer in the shared header: 8 bytes in BTF, 4 in wasm32
for v in long ptr; do
	for lang in c c++; do
		what="a $v in shared.h fails to compile as $lang, naming struct event, ts and shared.wasm.h"
		if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -x $lang -I"$tmp/$v" -I$S -DSHARED_${v^^} \
			-c $S/shared.c -o "$tmp/shared.o" 2>"$tmp/cc.err"; then
			fail "$what" "it compiled"
		elif grep -q 'struct event (shared.h): member ts is not at offset 8 as in BTF (long and pointers are 4 bytes in wasm32); shared.wasm.h has the exact layout' "$tmp/cc.err" &&
			grep -q 'struct event (shared.h): size is not 48 as in BTF' "$tmp/cc.err"; then
			ok "$what"
		else
			fail "$what" "$(grep -m3 error "$tmp/cc.err")"
		fi
	done
done
# the .bpf.c however the line table spells it: absolute, ./relative from
# elsewhere, DWARF 4 (file 1 is the main source there, not file 0)
mkdir -p "$tmp/abs" "$tmp/dot" "$tmp/dwarf4"
clang -g -O2 -target bpf -I"$tmp" -c "$(pwd)/$S/shared.bpf.c" -o "$tmp/abs/shared.bpf.o"
(cd tests && clang -g -O2 -target bpf -I"$tmp" -c ./shared/shared.bpf.c -o "$tmp/dot/shared.bpf.o")
clang -gdwarf-4 -O2 -target bpf -I"$tmp" -I$S -c $S/shared.bpf.c -o "$tmp/dwarf4/shared.bpf.o"
types_of() { "$TOOL" gen skeleton "$1" | sed '/__elf_bytes(size_t \*sz)$/,$d'; }
for d in abs dot dwarf4; do
	check "shared, built from a $d path: the same types named and defined" \
		cmp -s <(types_of "$tmp/g/shared.bpf.o") <(types_of "$tmp/$d/shared.bpf.o")
done

sk=$tmp/nodwarf/shared.skel.h
check "no DWARF: the header's types are defined in the skeleton" grep -q '^struct event {$' "$sk"
check "no DWARF: nothing is asserted as external" test -z "$(grep __W32_LAYOUT_CHECK "$sk")"
check "no DWARF: static variables are left out" test -z "$(grep -E 'zero_event|static_counter' "$sk")"
compiles "no DWARF: the skeleton alone" "$sk"

# --- every skeleton of the project compiles as C and C++ for wasm32
objs=$(find ../examples ../templates ../tests ../runtime -name '*.bpf.o' -path '*/.output/*' -not -path '*/fuzz-*' 2>/dev/null | sort)
[[ -n $objs ]] || fail "skeletons" "no .bpf.o found (run make first)"
for obj in $objs; do
	name=$(basename "$obj" .o)
	skel="$tmp/$name.skel.h"
	if ! "$TOOL" gen skeleton "$obj" >"$skel" 2>"$tmp/err"; then
		fail "skeleton of $obj" "$(cat "$tmp/err")"
		continue
	fi
	# a skeleton naming the program's header types: the exact layout first
	pre=
	if grep -q '^__W32_LAYOUT_CHECK(' "$skel"; then
		pre=$tmp/${name%.bpf}.wasm.h
		"$BTF2HDR" "$obj" -o "$pre" 2>"$tmp/err" || fail "btf2hdr $obj" "$(cat "$tmp/err")"
	fi
	PRE=$pre compiles "skeleton of $name" "$skel"
	"$TOOL" gen skeleton "$obj" >"$tmp/again.h" 2>/dev/null
	check "skeleton of $name is deterministic" cmp -s "$skel" "$tmp/again.h"
done

# --- "for any input it accepts, the header compiles as C and as C++": the
# committed fuzz corpus (the long runs: make fuzz, then tests/fuzz/compile_corpus.sh)
if tests/fuzz/compile_corpus.sh -n 400 tests/fuzz/corpus >"$tmp/corpus.log" 2>&1; then
	ok "fuzz corpus: $(tail -n 1 "$tmp/corpus.log")"
else
	fail "fuzz corpus: accepted inputs give headers that compile" "$(tail -n 5 "$tmp/corpus.log")"
fi

# the inputs that once crashed the tool or gave a header that did not compile
if tests/fuzz/compile_corpus.sh tests/fuzz/regress >"$tmp/regress.log" 2>&1; then
	ok "fuzz regressions: $(tail -n 1 "$tmp/regress.log")"
else
	fail "fuzz regressions: accepted inputs give headers that compile" "$(tail -n 5 "$tmp/regress.log")"
fi

# --- name NAME and -o OUT
obj=$(echo "$objs" | head -n 1)
if [[ -n $obj ]]; then
	"$TOOL" gen skeleton "$obj" name my.skel -o "$tmp/named.h"
	check "-o writes the file" test -s "$tmp/named.h"
	check "name NAME sanitised" grep -q "^struct my_skel {" "$tmp/named.h"
fi

summary
