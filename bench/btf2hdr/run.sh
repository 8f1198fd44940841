#!/usr/bin/env bash
# btf2hdr --all vs bpftool's C dump, on the running kernel's BTF: the
# median wall time of ROUNDS runs each, and the ratio.
set -eu
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
BTF=${BTF:-/sys/kernel/btf/vmlinux}
ROUNDS=${ROUNDS:-9}

median_ms() {
	local t=()
	for ((i = 0; i < ROUNDS; i++)); do
		local s=$(date +%s%N)
		"$@" >/dev/null
		t+=($(( ($(date +%s%N) - s) / 1000000 )))
	done
	printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"
}

b=$(median_ms "$root/btf2hdr/.output/btf2hdr" --all "$BTF")
p=$(median_ms bpftool btf dump file "$BTF" format c)
echo "btf2hdr --all: ${b} ms  (header $("$root/btf2hdr/.output/btf2hdr" --all "$BTF" | wc -c) bytes, with assertions)"
echo "bpftool format c: ${p} ms  (header $(bpftool btf dump file "$BTF" format c | wc -c) bytes)"
echo "ratio btf2hdr/bpftool: $(awk -v b="$b" -v p="$p" 'BEGIN { printf "%.2f", b / p }')"
