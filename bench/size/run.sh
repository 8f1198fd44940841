#!/usr/bin/env bash
# Module sizes and build times: for every example, and for a module made
# from every template, the stripped module, the part that is the embedded
# BPF object, the guest's code and data (what the SDK and the tool
# compile to), and the ratio to the upstream SDK's counterpart built here
# with the same Debian clang 14 (fixed numbers: issue 14, bench/README.md).
# Then the wall time of `make` in the example from clean. Run from a built
# tree (`make`); ROUNDS=N builds each example N times (default 3) and
# reports each.
set -u
cd "$(dirname "$0")/../.."
. tests/size/embedded.sh
ROUNDS=${ROUNDS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the upstream SDK's examples: name here, name there, stripped bytes
upstream() {
	case $1 in
	bootstrap) echo "bootstrap 64083" ;;
	execsnoop) echo "execve 33684" ;;
	runqlat) echo "runqlat 75104" ;;
	opensnoop) echo "opensnoop 48018" ;;
	xdp) echo "xdp 29742" ;;
	uprobe) echo "uprobe 30386" ;;
	sockops) echo "sockops 34741" ;;
	*) echo "- 0" ;;
	esac
}

sec_size() {
	local line
	line=$(wasm-objdump -h "$1" | grep -E "^ *$2 ")
	line=${line#*size=}
	printf '%d' "${line%%)*}"
}

GUEST_CC=$(make -s --no-print-directory print-GUEST_CC)
GUEST_CFLAGS=$(make -s --no-print-directory print-GUEST_CFLAGS)
GUEST_LDLIBS=$(make -s --no-print-directory print-GUEST_LDLIBS)

# SDK OBJDIR MODULE: of the module's Code section, the bytes that are the
# SDK's (its functions, argp's, the skeleton's). Measured on the same
# objects linked again with names and without wasm-opt (the shipped
# module has neither), then scaled to the optimised Code section: an
# estimate, by name.
sdk_code() {
	local objs=("$1"/*.o) fp
	fp=$(mk/printf-float.sh "${objs[@]}")
	# shellcheck disable=SC2086
	$GUEST_CC $GUEST_CFLAGS "${objs[@]}" -o "$tmp/named.wasm" -Wl,--export-table $fp $GUEST_LDLIBS \
		2>/dev/null || { echo -; return; }
	wasm-objdump -x "$tmp/named.wasm" | sed -n '/^Code\[/,/^[A-Z]/s/.*size=\([0-9]*\) <\(.*\)>$/\1 \2/p' |
		awk -v code="$(sec_size "$2" Code)" '
			{ all += $1 }
			$2 ~ /^(libbpf_wasm__|libbpf_|bpf_|btf_|btf__|ring_buffer__|perf_buffer__|argp|user_ring_buffer)/ ||
			$2 ~ /_bpf__/ { sdk += $1 }
			END { printf "%d", all ? code * sdk / all : 0 }'
}

measure() {	# NAME DIR MODULE SKEL OBJDIR
	local name=$1 module=$3 skel=$4 size obj code data up upname ratio sdk
	size=$(stat -c %s "$module")
	embedded_object "$skel" "$tmp/o"
	obj=$(stat -c %s "$tmp/o")
	code=$(sec_size "$module" Code)
	data=$(sec_size "$module" Data)
	sdk=$(sdk_code "$5" "$module")
	read -r upname up <<<"$(upstream "$name")"
	ratio=-
	[[ $up -gt 0 ]] && ratio=$(awk -v a="$size" -v b="$up" 'BEGIN {printf "%.2f", a / b}')
	printf '%-17s %8d %8d %8d %8s %8d   %-10s %7s %6s\n' "$name" "$size" "$obj" "$code" "$sdk" \
		"$((data - obj))" "$upname" "$([[ $up -gt 0 ]] && echo "$up" || echo -)" "$ratio"
}

EXAMPLES=$(sed -n 's/^EXAMPLES := //p;/^	    /p' Makefile | tr -d '\\')

echo "sizes in bytes; object = the embedded .bpf.o; code = the Code section; sdk = the SDK's part of it"
echo "(estimated by function names); data = the Data section less the object"
printf '%-17s %8s %8s %8s %8s %8s   %-10s %7s %6s\n' module total object code sdk data upstream bytes ratio
for ex in $EXAMPLES; do
	[[ -f examples/$ex/$ex.wasm ]] || continue
	measure "$ex" "examples/$ex" "examples/$ex/$ex.wasm" "examples/$ex/.output/$ex.skel.h" \
		"examples/$ex/.output/$ex.guest"
done
for t in $(sed -n 's/^TEMPLATES := //p' Makefile); do
	make -s new NAME="wb$t" TEMPLATE="$t" DIR="$tmp/t" >/dev/null 2>&1 || continue
	make -s -C "$tmp/t/wb$t" >/dev/null 2>&1 || continue
	measure "template:$t" "$tmp/t/wb$t" "$tmp/t/wb$t/wb$t.wasm" "$tmp/t/wb$t/.output/wb$t.skel.h" \
		"$tmp/t/wb$t/.output/wb$t.guest"
done

# vmlinux.h and its precompiled header are made once per kernel and shared
# (mk/wasm-bpf.mk): what that costs, once, in a cache of the bench's own
vm=$tmp/vmlinux-cache
s=$(date +%s%N)
make -s -C examples/bootstrap clean >/dev/null 2>&1
make -s -C examples/bootstrap VMLINUX_CACHE="$vm" >/dev/null 2>&1
once=$(awk -v n=$(( $(date +%s%N) - s )) 'BEGIN {printf "%.2f", n / 1e9}')
echo
echo "make from clean of bootstrap with no shared vmlinux.h yet: $once s (vmlinux.h and its precompiled header made, once per kernel)"
echo "make from clean, wall seconds, $ROUNDS rounds (the shared vmlinux.h made)"
for ex in $EXAMPLES; do
	[[ -d examples/$ex ]] || continue
	times=
	for _ in $(seq "$ROUNDS"); do
		make -s -C "examples/$ex" clean >/dev/null 2>&1
		s=$(date +%s%N)
		make -s -C "examples/$ex" >/dev/null 2>&1
		times+=" $(awk -v n=$(( $(date +%s%N) - s )) 'BEGIN {printf "%.2f", n / 1e9}')"
	done
	printf '%-11s%s\n' "$ex" "$times"
done
