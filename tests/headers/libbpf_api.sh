#!/usr/bin/env bash
# libbpf's public API in the SDK (sourced by run.sh, or run alone):
#  - from the clang AST of native libbpf's <bpf/libbpf.h>, <bpf/bpf.h>,
#    <bpf/btf.h> and <bpf/libbpf_legacy.h>, a file of static asserts (every
#    function's type, every struct member's type and order, every
#    enumerator's value) compiles against the native headers and the SDK's,
#    as C and C++; a guest taking every call's address links and runs;
#  - a guest calling a sample of calls a guest cannot make sees libbpf's
#    error convention and one printed line per call (libbpf_unsupported.c);
#  - <bpf/btf.h> on a real object's BTF prints what `bpftool btf dump file`
#    prints, and finds and sizes the named types as bpftool lists them
#    (libbpf_btf.c on libbpf_btf.bpf.c);
#  - libbpf_btf_query.c asks native libbpf and the SDK the same questions
#    about every type of that object, and the answers are equal;
#  - libbpf_bpf_*_type_str() names every type as native libbpf does, and
#    libbpf_{prog,attach}_type_by_name() reads SEC names as it does;
#  - the explicit bpf_program__attach_*() calls attach what the SEC name says
#    and refuse anything else (libbpf_attach.c, on the same object, built
#    with -DLIBBPF_WASM_NO_EXT: without the runtime's extension).
set -u
if [[ -z ${PASS+x} ]]; then
	cd "$(dirname "$0")"
	. ../lib/harness.sh
	make_tmp
	libbpf_api_alone=1
fi
. ../../mk/guest-env.sh
api=$tmp/libbpf_api
# tools the checks need besides the toolchain
for tool in python3 xxd llvm-objcopy bpftool; do
	command -v $tool >/dev/null || fail "libbpf_api.sh needs $tool" "not on PATH"
done
mkdir -p "$api"

# 1. declarations: native AST -> checks -> both header sets
printf '#include <bpf/%s>\n' libbpf.h bpf.h btf.h libbpf_legacy.h >"$api/native.c"
check "native libbpf headers dump as a clang AST" \
	sh -c "clang -fsyntax-only -Xclang -ast-dump=json '$api/native.c' >'$api/ast.json'"
python3 libbpf_api_gen.py "$api/ast.json" c >"$api/checks.c" &&
	python3 libbpf_api_gen.py "$api/ast.json" c++ >"$api/checks.cc"
nfn=$(grep -c '^CHECK(__builtin_types_compatible_p(__typeof__(&' "$api/checks.c")
echo "  native libbpf 1.1: $nfn functions; $(tail -n +1 "$api/checks.c" | grep -o '[0-9]* records with [0-9]* members, [0-9]* enumerators')"
check "the checks cover libbpf's API (over 300 functions)" test "$nfn" -gt 300
check "checks hold for the native headers (cc, C)" \
	cc -Wall -Wextra -Werror -fsyntax-only "$api/checks.c"
check "checks hold for the native headers (clang++, C++)" \
	clang++ -Wall -Wextra -Werror -fsyntax-only "$api/checks.cc"
for lang in c c++; do
	src=$api/checks.c
	[[ $lang == c++ ]] && src=$api/checks.cc
	if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only -x $lang "$src" 2>"$api/err.$lang"; then
		ok "every libbpf function, opts struct member and enumerator matches in the SDK ($lang)"
	else
		fail "SDK declarations differ from libbpf's ($lang)" "$(grep -m 20 'error' "$api/err.$lang")"
	fi
done
check "a guest taking every call's address links" \
	$GUEST_CC $GUEST_CFLAGS -DLINK_ALL -Wall -Wextra -Werror "$api/checks.c" -o "$api/all.wasm" $GUEST_LDFLAGS
check "and runs" test "$(../../runtime/wasm-bpf "$api/all.wasm" 2>&1)" = "$nfn calls"
sdk_decls=$(cat ../../libbpf-wasm/include/bpf/{libbpf,bpf,btf,libbpf_legacy}.h |
	grep -c '^LIBBPF_API')
sdk_inline=$(grep -o '^static inline [^(]* \**btf_[a-z0-9_]*(\|^LIBBPF_WASM_BTF_IS(' \
	../../libbpf-wasm/include/libbpf-wasm/btf_accessors.h | wc -l)
echo "  SDK: $sdk_decls LIBBPF_API declarations + $sdk_inline inline BTF accessors"

# 2. calls a guest cannot make
for lang in c c++; do
	check "libbpf_unsupported.c compiles and links ($lang)" \
		$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang libbpf_unsupported.c \
		-o "$api/unsupported.wasm" $GUEST_LDFLAGS
done
if ../../runtime/wasm-bpf "$api/unsupported.wasm" >"$api/unsupported.out" 2>&1; then
	ok "unsupported calls: -EOPNOTSUPP or NULL, errno, one line naming the call ($(grep -c '^ok ' "$api/unsupported.out") checks)"
else
	fail "unsupported calls" "$(grep -v '^ok ' "$api/unsupported.out" | head -c 1500)"
fi

# the type names of libbpf_bpf_*_type_str, natively and in a guest
check "libbpf_names.c builds natively" cc -Wall -Wextra -Werror libbpf_names.c -o "$api/names" -lbpf
check "libbpf_names.c builds as a guest" \
	$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror libbpf_names.c -o "$api/names.wasm" $GUEST_LDFLAGS
"$api/names" >"$api/names.want"
../../runtime/wasm-bpf "$api/names.wasm" >"$api/names.got" 2>&1
check "libbpf_bpf_{prog,map,attach,link}_type_str name every type as libbpf does" \
	cmp -s "$api/names.want" "$api/names.got"

# SEC() rules: libbpf_prog_type_by_name/libbpf_attach_type_by_name, natively and in a guest
check "libbpf_sections.c builds natively" cc -Wall -Wextra -Werror libbpf_sections.c -o "$api/sections" -lbpf
check "libbpf_sections.c builds as a guest" \
	$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror libbpf_sections.c -o "$api/sections.wasm" $GUEST_LDFLAGS
"$api/sections" >"$api/sections.want"
../../runtime/wasm-bpf "$api/sections.wasm" >"$api/sections.got" 2>&1
if cmp -s "$api/sections.want" "$api/sections.got"; then
	ok "libbpf_{prog,attach}_type_by_name answer as libbpf for $(wc -l <"$api/sections.want") SEC names"
else
	fail "SEC() rules differ from libbpf's" "$(diff "$api/sections.want" "$api/sections.got" | head -c 1500)"
fi

# 3. <bpf/btf.h> against bpftool on a real object
clang -g -O2 -target bpf -I"/usr/include/$(gcc -print-multiarch)" \
	-c libbpf_btf.bpf.c -o "$api/obj.o"
llvm-objcopy --dump-section .BTF="$api/obj.btf" "$api/obj.o" "$api/obj.copy"
(cd "$api" && xxd -i -n obj_bytes obj.o >obj_bytes.h && xxd -i -n btf_bytes obj.btf >btf_bytes.h)
for lang in c c++; do
	check "libbpf_btf.c compiles and links ($lang)" \
		$GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang -I"$api" \
		-DOBJ_HEADER='"obj_bytes.h"' -DBTF_HEADER='"btf_bytes.h"' libbpf_btf.c \
		-o "$api/btf.wasm" $GUEST_LDFLAGS
done
for lang in c c++; do
	# the six imports' fallback (tests/ext covers the extension)
	check "libbpf_attach.c compiles and links ($lang, LIBBPF_WASM_NO_EXT)" \
		$GUEST_CC $GUEST_CFLAGS -DLIBBPF_WASM_NO_EXT -Wall -Wextra -Werror -x $lang -I"$api" \
		-DOBJ_HEADER='"obj_bytes.h"' libbpf_attach.c -o "$api/attach.wasm" $GUEST_LDFLAGS
done
if ! ensure_tracefs; then
	fail "explicit attach calls" "cannot mount tracefs"
elif ../../runtime/wasm-bpf "$api/attach.wasm" >"$api/attach.out" 2>&1; then
	ok "explicit attach calls: what the SEC name says attaches, anything else is -EOPNOTSUPP with one line ($(grep -c '^ok ' "$api/attach.out") checks)"
else
	fail "explicit attach calls" "$(grep -v '^ok ' "$api/attach.out" | head -c 1500)"
fi
check "btf guest runs" sh -c "../../runtime/wasm-bpf '$api/btf.wasm' >'$api/btf.out'"
bpftool btf dump file "$api/obj.o" >"$api/btf.want"
grep -v '^find \|^size ' "$api/btf.out" >"$api/btf.got"
if diff -u "$api/btf.want" "$api/btf.got" >"$api/btf.diff"; then
	ok "btf.h: every type of the object as bpftool btf dump shows it ($(grep -c '^\[' "$api/btf.want") types)"
else
	fail "btf.h dump differs from bpftool" "$(head -c 1500 "$api/btf.diff")"
fi
# the first id bpftool lists for each (kind, name) is what find_by_name_kind finds
# (q is the quote around names in bpftool's output)
awk -v q="'" '/^\[/ { match($0, q "[^" q "]*" q); name = substr($0, RSTART, RLENGTH)
	if (name == q "(anon)" q || seen[$2 name]++) next
	print "find " $2 " " name " " substr($1, 2, length($1) - 2) }' \
	"$api/btf.want" | sort >"$api/find.want"
grep '^find ' "$api/btf.out" | sort -u >"$api/find.got"
check "btf__find_by_name_kind finds each named type at bpftool's id ($(wc -l <"$api/find.want") names)" \
	cmp -s "$api/find.want" "$api/find.got"
# the sizes bpftool prints for named INT/STRUCT/UNION/ENUM/FLOAT types
awk -v q="'" '/^\[/ && $2 ~ /^(INT|STRUCT|UNION|ENUM|FLOAT)$/ {
	match($0, q "[^" q "]*" q); name = substr($0, RSTART, RLENGTH)
	if (name != q "(anon)" q && match($0, / size=[0-9]+/))
		print "size " name " " substr($0, RSTART + 6, RLENGTH - 6) }' \
	"$api/btf.want" | sort -u >"$api/size.want"
grep '^size ' "$api/btf.out" | sort -u >"$api/size.got"
check "btf__resolve_size agrees with bpftool's sizes ($(wc -l <"$api/size.want") types)" \
	sh -c "comm -23 '$api/size.want' '$api/size.got' | grep -q . && exit 1; exit 0"
check "btf__resolve_size through typedefs, qualifiers and variables" \
	grep -qx "size 'u64_t' 8" "$api/size.got"
check "btf__resolve_size of a variable of struct event" grep -qx "size 'last_event' 104" "$api/size.got"

# the same questions to native libbpf and to the SDK, on the same object
check "libbpf_btf_query.c builds natively" cc -Wall -Wextra -Werror -I"$api" \
	-DOBJ_HEADER='"obj_bytes.h"' libbpf_btf_query.c -o "$api/query" -lbpf
check "libbpf_btf_query.c builds as a guest" $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror \
	-I"$api" -DOBJ_HEADER='"obj_bytes.h"' libbpf_btf_query.c -o "$api/query.wasm" $GUEST_LDFLAGS
"$api/query" >"$api/query.want" 2>&1
../../runtime/wasm-bpf "$api/query.wasm" >"$api/query.got" 2>&1
if cmp -s "$api/query.want" "$api/query.got"; then
	ok "btf.h answers as native libbpf: resolve_size/_type, align_of, find_by_name[_kind] of every type"
else
	fail "btf.h answers differ from native libbpf" "$(diff "$api/query.want" "$api/query.got" | head -c 1500)"
fi

[[ -n ${libbpf_api_alone:-} ]] && summary
true
