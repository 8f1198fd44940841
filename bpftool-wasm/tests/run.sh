#!/usr/bin/env bash
# bpftool-wasm: bad input and usage are refused cleanly; every skeleton of
# the project's BPF objects compiles for wasm32 as C and C++ with
# -Wall -Wextra -Werror.
set -u
cd "$(dirname "$0")/.."
. ../tests/lib/harness.sh
. ../mk/guest-env.sh

TOOL=.output/bpftool-wasm
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_fail NAME STATUS ARGS...: exit STATUS, one line on stderr, empty stdout.
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
	else
		ok "$name"
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

# --- usage: exit 2
expect_fail "no arguments" 2
expect_fail "unknown command" 2 frobnicate
expect_fail "unknown subcommand" 2 gen object x.o
expect_fail "missing file argument" 2 gen skeleton
expect_fail "name without value" 2 gen skeleton x.o name
expect_fail "unknown option" 2 gen skeleton x.o --frob
"$TOOL" --help >"$tmp/out" 2>&1
check "--help exits 0" test $? -eq 0
check "--help shows usage" grep -q "^Usage: bpftool-wasm gen skeleton" "$tmp/out"
"$TOOL" --version >"$tmp/out" 2>&1
check "--version" grep -q "^bpftool-wasm v" "$tmp/out"

# --- every skeleton of the project compiles as C and C++ for wasm32
objs=$(find ../examples ../templates ../tests -name '*.bpf.o' -path '*/.output/*' 2>/dev/null | sort)
[[ -n $objs ]] || fail "skeletons" "no .bpf.o found (run make first)"
for obj in $objs; do
	name=$(basename "$obj" .o)
	skel="$tmp/$name.skel.h"
	if ! "$TOOL" gen skeleton "$obj" >"$skel" 2>"$tmp/err"; then
		fail "skeleton of $obj" "$(cat "$tmp/err")"
		continue
	fi
	printf '#include "%s"\nint main(void) { return 0; }\n' "$skel" >"$tmp/use.c"
	for lang in c c++; do
		if $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -x $lang "$tmp/use.c" -c -o "$tmp/use.o" 2>"$tmp/cc.err"; then
			ok "skeleton of $name compiles as $lang"
		else
			fail "skeleton of $name compiles as $lang" "$(head -c 400 "$tmp/cc.err")"
		fi
	done
	"$TOOL" gen skeleton "$obj" >"$tmp/again.h" 2>/dev/null
	check "skeleton of $name is deterministic" cmp -s "$skel" "$tmp/again.h"
done

# --- name NAME and -o OUT
obj=$(echo "$objs" | head -n 1)
if [[ -n $obj ]]; then
	"$TOOL" gen skeleton "$obj" name my.skel -o "$tmp/named.h"
	check "-o writes the file" test -s "$tmp/named.h"
	check "name NAME sanitised" grep -q "^struct my_skel {" "$tmp/named.h"
fi

summary
