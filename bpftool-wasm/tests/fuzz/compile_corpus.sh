#!/usr/bin/env bash
# compile_corpus.sh [-n MAX] [FILE|DIR]...: "for any input it accepts, the
# header compiles". Runs bpftool-wasm on every file (default: the committed
# fuzz corpus and .output/fuzz-corpus); an accepted one must give a header
# that compiles for wasm32 as C and as C++ with -Wall -Wextra -Werror, a
# refused one exactly one line on stderr and exit 1. -n MAX: at most MAX
# files, spread evenly over the list (the quick version in the test suite).
# A skeleton that names types of the program's own headers is compiled after
# btf2hdr's header of the same input, as user code includes it.
# Exit 0 when every file behaved, 1 otherwise (each failure printed).
set -u
max=0
if [[ ${1:-} == -n ]]; then
	max=$2
	shift 2
fi
# the arguments as given, before moving to bpftool-wasm/
args=()
for arg in "$@"; do args+=("$(realpath -m -- "$arg")"); done
cd "$(dirname "$0")/../.."
. ../mk/guest-env.sh
((${#args[@]} > 0)) || args=(tests/fuzz/corpus .output/fuzz-corpus)
files=()
for arg in "${args[@]}"; do
	if [[ -d $arg ]]; then
		while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -type f -not -name '*.md' | sort)
	elif [[ -e $arg ]]; then
		files+=("$arg")
	fi
done
if ((max > 0 && ${#files[@]} > max)); then
	step=$(( (${#files[@]} + max - 1) / max ))
	picked=()
	for ((i = 0; i < ${#files[@]}; i += step)); do picked+=("${files[i]}"); done
	files=("${picked[@]}")
fi

TOOL=.output/bpftool-wasm
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
accepted=0 refused=0 bad=0

for f in "${files[@]}"; do
	"$TOOL" gen skeleton "$f" name fuzz -o "$tmp/fuzz.skel.h" 2>"$tmp/err"
	rc=$?
	if ((rc == 1)) && [[ $(wc -l <"$tmp/err") -eq 1 ]]; then
		refused=$((refused + 1))
		continue
	elif ((rc != 0)); then
		echo "FAIL $f: exit $rc: $(head -c 300 "$tmp/err")"
		bad=$((bad + 1))
		continue
	fi
	accepted=$((accepted + 1))
	: >"$tmp/fuzz.wasm.h"
	# a skeleton naming types of the program's headers: btf2hdr's exact layout first
	if grep -q '^__W32_LAYOUT_CHECK(' "$tmp/fuzz.skel.h" &&
		! ../btf2hdr/.output/btf2hdr "$f" -o "$tmp/fuzz.wasm.h" 2>"$tmp/err"; then
		echo "FAIL $f: the skeleton names header types, btf2hdr refuses it: $(head -c 300 "$tmp/err")"
		bad=$((bad + 1))
		continue
	fi
	printf '#include "%s"\n#include "%s"\nint main(void) { return 0; }\n' "$tmp/fuzz.wasm.h" \
		"$tmp/fuzz.skel.h" >"$tmp/use.c"
	for lang in c c++; do
		if ! $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only -x $lang "$tmp/use.c" \
			2>"$tmp/cc.err"; then
			echo "FAIL $f: the header does not compile as $lang: $(grep -m1 error "$tmp/cc.err")"
			bad=$((bad + 1))
		fi
	done
done
echo "${#files[@]} inputs: $accepted accepted (headers compile as C and C++), $refused refused, $bad failures"
((bad == 0))
