#!/bin/bash
# tests/guestlibs: the SDK's <elf.h>, <libelf.h>/<gelf.h> and <zlib.h> in guests.
#
# - <elf.h>: every constant and type size equals glibc's.
# - libelf: elftool.c, built for the guest (C and C++) and natively against
#   elfutils' libelf, prints the same dump of real files (a program built
#   here, /bin/true, libc, i386 and ARM ELF32 objects, an i386 executable
#   and shared object, a BPF object, an object of 66005 sections);
#   function offsets agree with nm, build ids with readelf. The guest reads
#   the files from stdin (fd 0): the project's runtime, like the upstream
#   ones, preopens no directory. Node's node:wasi, which can, runs elftool
#   on paths.
# - Damaged files (mangle.c): each gives its error, never a trap, and the
#   same output as the SDK's libelf built natively under ASan/UBSan, which
#   also walks thousands of randomly damaged copies (elffuzz.c).
# - elfapi.c: the calls at their edges, against the SDK and elfutils.
# - zlib: refusals with zlib's codes, one line each; real checksums.
set -u
cd "$(dirname "$0")" || exit 1
. ../lib/harness.sh
. ../../mk/guest-env.sh
make_tmp

HOST=../../runtime/wasm-bpf
SDK_INC=../../libbpf-wasm/include
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
WFLAGS="-Wall -Wextra -Werror"

# guest_build NAME SRC... : NAME.wasm (C) and NAME-cxx.wasm (C++)
guest_build() {
	local name=$1
	shift
	$GUEST_CC $GUEST_CFLAGS -O2 $WFLAGS "$@" -o "$tmp/$name.wasm" $GUEST_LDFLAGS \
		2>"$tmp/$name.cc.err" &&
	$GUEST_CC $GUEST_CFLAGS -O2 $WFLAGS -x c++ "$@" -o "$tmp/$name-cxx.wasm" $GUEST_LDFLAGS \
		2>>"$tmp/$name.cc.err"
}

# ---- <elf.h> against glibc's ----
{
	echo '#include <elf.h>'
	echo '#include <stdio.h>'
	echo 'int main(void) {'
	grep -E '^#define [A-Z][A-Za-z0-9_]* +[^" ]' $SDK_INC/elf.h | awk '{print $2}' |
		grep -v '^_ELF_H$' |
		while read -r m; do echo "printf(\"$m %lld\\n\", (long long)($m));"; done
	grep -E '^} (Elf[0-9]+_[A-Za-z_]+);' $SDK_INC/elf.h | sed 's/^} \(.*\);/\1/' |
		while read -r t; do echo "printf(\"sizeof $t %zu\\n\", sizeof($t));"; done
	echo 'return 0; }'
} >"$tmp/elfcmp.c"
mkdir -p "$tmp/sdkelf"
cp $SDK_INC/elf.h "$tmp/sdkelf/"
if cc -w "$tmp/elfcmp.c" -o "$tmp/elfcmp-glibc" && cc -w -I"$tmp/sdkelf" "$tmp/elfcmp.c" -o "$tmp/elfcmp-sdk"; then
	"$tmp/elfcmp-glibc" >"$tmp/elfcmp-glibc.out"
	"$tmp/elfcmp-sdk" >"$tmp/elfcmp-sdk.out"
	if diff -u "$tmp/elfcmp-glibc.out" "$tmp/elfcmp-sdk.out" >"$tmp/elfcmp.diff"; then
		ok "elf.h: $(wc -l <"$tmp/elfcmp-sdk.out") constants and sizes equal glibc's"
	else
		fail elf.h "differs from glibc's: $(head -5 "$tmp/elfcmp.diff" | tr '\n' ' ')"
	fi
else
	fail elf.h "a name of the SDK's <elf.h> is not in glibc's"
fi

# ---- signatures: the SDK's calls have elfutils' and zlib's types ----
if ! cc $WFLAGS -Wno-unused-variable sigs.c -o "$tmp/sigs-native" -lelf -lz 2>"$tmp/sigs.err"; then
	fail "sigs.c natively" "$(head -3 "$tmp/sigs.err")"
elif guest_build sigs -Wno-unused-variable sigs.c; then
	ok "$(grep -c '^	SIG(' sigs.c) calls: the SDK's signatures are elfutils' and zlib's (C and C++)"
else
	fail "signatures" "$(grep -m3 error "$tmp/sigs.cc.err")"
fi

# ---- builds ----
for g in elftool:elftool.c elfapi:"elfapi.c elfapi_tu2.c" ztest:ztest.c elffuzz:elffuzz.c helpers:helpers.c; do
	name=${g%%:*}
	# shellcheck disable=SC2086
	if guest_build "$name" ${g#*:}; then
		ok "build $name as C and C++ (-Wall -Wextra -Werror)"
	else
		fail "build $name" "$(head -3 "$tmp/$name.cc.err")"
	fi
done
cc -O2 $WFLAGS elftool.c -o "$tmp/elftool-elfutils" -lelf &&
	cc -O2 $WFLAGS elfapi.c elfapi_tu2.c -o "$tmp/elfapi-elfutils" -lelf &&
	cc -O2 $WFLAGS ztest.c -o "$tmp/ztest-zlib" -lz &&
	cc -O2 $WFLAGS helpers.c -o "$tmp/helpers-native" -lelf -lz -lbpf &&
	cc -O1 -g $SAN $WFLAGS -I$SDK_INC elftool.c -o "$tmp/elftool-asan" &&
	cc -O1 -g $SAN $WFLAGS -I$SDK_INC elfapi.c elfapi_tu2.c -o "$tmp/elfapi-asan" &&
	cc -O1 -g $SAN $WFLAGS -I$SDK_INC elffuzz.c -o "$tmp/elffuzz-asan" &&
	cc -O1 -g $WFLAGS mangle.c -o "$tmp/mangle" &&
	cc -O0 -g target.c -o "$tmp/target" &&
	cc -O2 -no-pie target.c -o "$tmp/target-nopie" &&
	clang --target=i386-linux-gnu -O2 -c target.c -o "$tmp/target-i386.o" &&
	clang --target=armv7-linux-gnueabihf -O2 -c target.c -o "$tmp/target-arm.o" &&
	clang --target=bpf -O2 -g -c target.c -o "$tmp/target-bpf.o" 2>/dev/null &&
	clang --target=i386-linux-gnu -O2 -nostdlib -static -fuse-ld=lld -Wl,-e,main \
		-Wl,--build-id target.c -o "$tmp/target-i386" &&
	clang --target=i386-linux-gnu -O2 -nostdlib -shared -fPIC -fuse-ld=lld \
		-Wl,--build-id target.c -o "$tmp/target-i386.so"
check "native builds (elfutils, zlib, ASan/UBSan on the SDK, test inputs)" test $? -eq 0
# more than 0xff00 sections: extended numbering and SHT_SYMTAB_SHNDX
for i in $(seq 1 66000); do
	printf '.section .s%d,"a"\nsym%d: .byte 1\n' "$i" "$i"
done >"$tmp/many.s"
clang --target=x86_64-linux-gnu -c "$tmp/many.s" -o "$tmp/many-sections.o"
check "an object of 66005 sections" test "$(readelf -h "$tmp/many-sections.o" | awk '/Number of section headers/ { print $6 }')" = "(66005)"

LIBC=$(cc -print-file-name=libc.so.6)
[[ -f $LIBC ]] || LIBC=/lib/x86_64-linux-gnu/libc.so.6
INPUTS="$tmp/target $tmp/target-nopie $tmp/target-i386.o $tmp/target-i386 $tmp/target-i386.so
	$tmp/target-arm.o $tmp/target-bpf.o $tmp/many-sections.o /bin/true $LIBC"

# ---- the same dump as elfutils ----
for f in $INPUTS; do
	b=$(basename "$f")
	"$tmp/elftool-elfutils" all - <"$f" >"$tmp/$b.ref" 2>&1
	for mode in elftool:all elftool-cxx:all elftool:mem; do
		w=${mode%%:*} cmd=${mode#*:}
		$HOST "$tmp/$w.wasm" "$cmd" - <"$f" >"$tmp/$b.$w.$cmd" 2>&1
		if cmp -s "$tmp/$b.ref" "$tmp/$b.$w.$cmd"; then
			ok "$b: guest $w $cmd ($([[ $cmd == mem ]] && echo elf_memory || echo elf_begin)) = elfutils ($(wc -l <"$tmp/$b.ref") lines)"
		else
			fail "$b: guest $w $cmd" "differs from elfutils: $(diff "$tmp/$b.ref" "$tmp/$b.$w.$cmd" | head -4 | tr '\n' ' ')"
		fi
	done
	"$tmp/elftool-asan" all - <"$f" >"$tmp/$b.asan" 2>&1
	check "$b: SDK libelf under ASan/UBSan = elfutils" cmp -s "$tmp/$b.ref" "$tmp/$b.asan"
done

# a pipe cannot seek: elf_begin reads it to its end
cat "$tmp/target" | $HOST "$tmp/elftool.wasm" all - >"$tmp/pipe.out" 2>&1
check "elf_begin on a pipe = elfutils" cmp -s "$tmp/target.ref" "$tmp/pipe.out"

# ---- uprobe_helpers.c's question: where is this function? ----
# func_check FILE NAME NM-FLAGS
func_check() {
	local f=$1 fn=$2 value got want
	value=$(nm $3 "$f" | awk -v n="$fn" '{ sub(/@.*/, "", $3) } $3 == n && ($2 == "T" || $2 == "t") { print $1; exit }')
	got=$($HOST "$tmp/elftool.wasm" func "$fn" - <"$f" 2>&1)
	want=$("$tmp/elftool-elfutils" func "$fn" - <"$f" 2>&1)
	if [[ -n $value && $got == "$want" && $got == "$fn value 0x$((16#$value)) "* ]] ||
	   [[ -n $value && $got == "$want" && $got == "$fn value 0x$(printf %x $((16#$value))) "* ]]; then
		ok "$(basename "$f"): $fn at the value nm gives, offset as elfutils ($got)"
	else
		fail "$(basename "$f") $fn" "guest '$got', elfutils '$want', nm '$value'"
	fi
}
func_check "$tmp/target" uprobe_target_fn ""
func_check "$tmp/target" local_helper ""
func_check "$tmp/target-nopie" uprobe_target_fn ""
func_check "$tmp/target-i386.o" uprobe_target_fn ""
func_check "$tmp/target-i386" uprobe_target_fn ""
func_check "$tmp/target-i386.so" uprobe_target_fn "-D"
func_check "$LIBC" malloc "-D"
out=$($HOST "$tmp/elftool.wasm" func no_such_function - <"$tmp/target" 2>&1)
check "a missing function: the tool's own error" test "$out" = "elftool: no_such_function: no such function"

# ---- build ids as readelf reads them ----
for f in "$tmp/target" "$tmp/target-i386" /bin/true; do
	want=$(readelf -n "$f" | awk '/Build ID:/ { print $3; exit }')
	got=$($HOST "$tmp/elftool.wasm" notes - <"$f" | awk '/build-id/ { print $NF; exit }')
	if [[ -n $want && $got == "$want" ]]; then
		ok "$(basename "$f"): gelf_getnote finds the build id readelf shows"
	else
		fail "$(basename "$f") build id" "guest '$got', readelf '$want'"
	fi
done

# ---- file access ----
out=$($HOST "$tmp/elftool.wasm" all /bin/true 2>&1)
rc=$?
if [[ $rc -eq 1 && $out == "/bin/true: "* ]]; then
	ok "the project's runtime grants no files: open fails with one line ($out)"
else
	fail "open on the project's runtime" "rc $rc: $out"
fi
if command -v node >/dev/null; then
	mkdir -p "$tmp/data"
	cp "$tmp/target" "$tmp/data/target"
	node --no-warnings node-run.mjs "$tmp/data" "$tmp/elftool.wasm" all /data/target \
		>"$tmp/node.out" 2>&1
	check "node:wasi with a preopened dir: elf_begin on open(\"/data/target\") = elfutils" \
		cmp -s "$tmp/target.ref" "$tmp/node.out"
else
	ok "node not installed: elf_begin on a path not tried (SKIP)"
fi

# ---- damaged files ----
# bad NAME INPUT 'MANGLE-OP' 'EXPECTED-OUTPUT-SUBSTRING' : the guest exits 1
# (or 0 where the damage only hides names or notes) with that text (or, for
# '!TEXT', without it), without a trap, and prints what the natively built
# SDK prints under ASan.
bad() {
	local name=$1 in=$2 op=$3 want=$4 f="$tmp/bad-$1" rc
	# shellcheck disable=SC2086
	"$tmp/mangle" "$in" "$f" $op || { fail "$name" "mangle $op failed"; return; }
	$HOST "$tmp/elftool.wasm" all - <"$f" >"$f.guest" 2>"$f.guest.err"
	rc=$?
	"$tmp/elftool-asan" all - <"$f" >"$f.asan" 2>"$f.asan.err"
	if [[ $rc -gt 1 ]]; then
		fail "$name" "guest exit $rc: $(tail -2 "$f.guest.err" | tr '\n' ' ')"
	elif [[ $want == !* ]] && cat "$f.guest" "$f.guest.err" | grep -qF -- "${want#!}"; then
		fail "$name" "'${want#!}' in: $(grep -F -- "${want#!}" "$f.guest" | head -2 | tr '\n' ' ')"
	elif [[ $want != !* ]] && ! cat "$f.guest" "$f.guest.err" | grep -qF -- "$want"; then
		fail "$name" "no '$want' in: $(cat "$f.guest" "$f.guest.err" | tail -2 | tr '\n' ' ')"
	elif ! cmp -s "$f.guest" "$f.asan" || ! cmp -s "$f.guest.err" "$f.asan.err"; then
		fail "$name" "guest and native ASan build differ: $(diff "$f.guest.err" "$f.asan.err" | head -3 | tr '\n' ' ')"
	else
		ok "damaged: $name -> '$want' (exit $rc)"
	fi
}
for in in "$tmp/target" "$tmp/target-i386.o"; do
	c=$(basename "$in")
	bad "$c truncated to 10 bytes" "$in" "truncate 10" "elf kind 0 is not ELF_K_ELF"
	bad "$c truncated to 40 bytes" "$in" "truncate 40" "elf_begin: invalid ELF file"
	bad "$c truncated to 1000 bytes" "$in" "truncate 1000" "elf_begin: invalid section header table"
	bad "$c e_shoff past the end" "$in" "shoff 0xfffffff0" "elf_begin: invalid section header table"
	bad "$c huge e_shnum" "$in" "shnum 0xfff0" "elf_begin: invalid section header table"
	bad "$c wrong e_shentsize" "$in" "shentsize 10" "elf_begin: invalid section header table"
	bad "$c e_shstrndx past the sections" "$in" "shstrndx 5000" "elf_getshdrstrndx: invalid section"
	bad "$c symbol table outside the file" "$in" "secoff 2 0x7ffffff0" "elf_getdata: invalid section header"
	bad "$c string table too long" "$in" "secsize 3 0x7ffffff0" " ? value"
	bad "$c symbol names past the table" "$in" "symname 0x7ffffff0" " ? value"
	bad "$c symbol table linked to no section" "$in" "seclink 2 999" " ? value"
	bad "$c unterminated strings" "$in" "strnul" " ? value"
done
bad "target e_phoff past the end" "$tmp/target" "phoff 0xfffffffff0" "elf_getphdrnum: invalid program header table"
bad "target huge e_phnum" "$tmp/target" "phnum 0xfff0" "elf_getphdrnum: invalid program header table"
bad "target note name too long" "$tmp/target" "notesz 0xfffffff0" "!note GNU"

# ---- random damage ----
# (libc is 2 MB: fewer copies of it)
for f in "$tmp/target":20000 "$tmp/target-i386.o":20000 "$tmp/target-i386.so":20000 "$LIBC":1000; do
	n=${f##*:} f=${f%:*}
	if "$tmp/elffuzz-asan" "$n" 7 <"$f" >"$tmp/fuzz.out" 2>&1; then
		ok "$(basename "$f"): $n damaged copies, SDK libelf under ASan/UBSan clean ($(cat "$tmp/fuzz.out"))"
	else
		fail "$(basename "$f") fuzz" "$(grep -m1 -E 'ERROR|runtime error' "$tmp/fuzz.out")"
	fi
done
$HOST "$tmp/elffuzz.wasm" 3000 11 <"$tmp/target" >"$tmp/fuzz-guest.out" 2>&1
rc=$?
"$tmp/elffuzz-asan" 3000 11 <"$tmp/target" >"$tmp/fuzz-native.out" 2>&1
if [[ $rc -eq 0 ]] && cmp -s "$tmp/fuzz-guest.out" "$tmp/fuzz-native.out"; then
	ok "3000 damaged copies in the guest: no trap, the native counts ($(cat "$tmp/fuzz-guest.out"))"
else
	fail "guest fuzz" "exit $rc: $(cat "$tmp/fuzz-guest.out") vs $(cat "$tmp/fuzz-native.out")"
fi

# ---- the calls at their edges ----
runs=("$HOST $tmp/elfapi.wasm" "$HOST $tmp/elfapi-cxx.wasm" "$tmp/elfapi-asan" "$tmp/elfapi-elfutils")
command -v node >/dev/null && runs+=("node --no-warnings node-run.mjs $tmp $tmp/elfapi.wasm")
for run in "${runs[@]}"; do
	$run >"$tmp/elfapi.out" 2>&1
	rc=$?
	n=$(grep -c '^ok' "$tmp/elfapi.out")
	if [[ $rc -eq 0 ]] && ! grep -qv '^ok' "$tmp/elfapi.out"; then
		ok "elfapi ($(basename "${run%% *}") $(basename "${run##* }")): $n checks"
	else
		fail "elfapi ($(basename "${run%% *}") $(basename "${run##* }"))" "$(grep -v '^ok' "$tmp/elfapi.out" | head -3 | tr '\n' ' ')"
	fi
done

# ---- zlib ----
cat >"$tmp/ztest.want" <<'EOF'
inflateInit2 -2 msg
inflate -2
inflateEnd -2
inflateInit -2
gzopen NULL errno ENOTSUP
gzread -1
gzgets NULL
gzclose -2
crc32 cbf43926
adler32 11e60398
version 1.x
EOF
for w in ztest ztest-cxx; do
	$HOST "$tmp/$w.wasm" >"$tmp/$w.out" 2>"$tmp/$w.err"
	check "$w: refusals with zlib's codes, real checksums" cmp -s "$tmp/ztest.want" "$tmp/$w.out"
	n=$(wc -l <"$tmp/$w.err")
	if [[ $n -eq 3 ]] && [[ $(grep -c '^zlib: \(inflateInit2\|inflateInit\|gzopen\): decompression is not provided in wasm guests' "$tmp/$w.err") -eq 3 ]]; then
		ok "$w: one stderr line per refused call ($(head -1 "$tmp/$w.err"))"
	else
		fail "$w stderr" "$n lines: $(head -4 "$tmp/$w.err" | tr '\n' ' ')"
	fi
done
"$tmp/ztest-zlib" 2>/dev/null | grep -E '^(crc32|adler32)' >"$tmp/z-native"
grep -E '^(crc32|adler32)' "$tmp/ztest.out" >"$tmp/z-guest"
check "crc32/adler32 equal the system zlib's" cmp -s "$tmp/z-native" "$tmp/z-guest"

# ---- both patterns together, as a tool links its helpers ----
read -r a o < <(readelf -SW "$tmp/target" | sed 's/^ *\[ *[0-9]*\] *//' | awk '$1 == ".text" { print $3, $4 }')
want=$(printf '0x%x 0x%x' $((16#${a:-0})) $((16#${o:-0})))
for w in helpers helpers-cxx; do
	out=$($HOST "$tmp/$w.wasm" <"$tmp/target" 2>"$tmp/$w.err")
	if [[ $out == "type 3 text $want"$'\n'"gunzip: Invalid argument" ]] &&
	   [[ $(wc -l <"$tmp/$w.err") -eq 1 ]]; then
		ok "$w: trace_helpers' .text lookup as readelf ($want); btf_helpers' gunzip fails at inflateInit2, one line"
	else
		fail "$w" "'$out' (readelf: $want), stderr: $(head -2 "$tmp/$w.err" | tr '\n' ' ')"
	fi
done
out=$("$tmp/helpers-native" <"$tmp/target" 2>&1)
check "helpers.c natively (elfutils, zlib, libbpf): the same lookup, and gunzip works" \
	test "$out" = "type 3 text $want"$'\n'"gunzip: BTF"

# ---- the allocator: the same lines as glibc's malloc ----
if guest_build malloc malloc.c && cc -O2 $WFLAGS malloc.c -o "$tmp/malloc-native"; then
	"$tmp/malloc-native" >"$tmp/malloc.native.out"
	for m in malloc malloc-cxx; do
		if "$HOST" "$tmp/$m.wasm" >"$tmp/$m.out" 2>"$tmp/$m.err" &&
			diff -u "$tmp/malloc.native.out" "$tmp/$m.out" >"$tmp/$m.diff"; then
			ok "$m: $(head -n 1 "$tmp/$m.out"), as on glibc"
		else
			fail "$m: as on glibc" "$(head -c 300 "$tmp/$m.diff" "$tmp/$m.err")"
		fi
	done
	check "malloc: glibc itself finds nothing damaged" \
		grep -q "operations: 0 damaged or failed, 0 not 16-byte aligned, 0 calloc bytes not zero" \
		"$tmp/malloc.native.out"
else
	fail "malloc: builds" "$(head -c 300 "$tmp/malloc.cc.err")"
fi

summary
