#!/usr/bin/env bash
# Templates: scaffold each one into a fresh directory (make new), build it
# against the source tree, run it and check what it prints for activity the
# test makes itself. Then install the toolchain into a temporary prefix and
# build a project scaffolded by the installed wasm-bpf-new.
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh

root=$PWD
HOST=$root/runtime/wasm-bpf
make_tmp
require_tracefs
cp tests/lib/trigger "$tmp/wbtrigger"

# scaffold TEMPLATE NAME: make new, then make in the new project.
scaffold() {
	if ! make -s new NAME="$2" TEMPLATE="$1" DIR="$tmp/src" >"$tmp/$2.new" 2>&1; then
		fail "$1: make new" "$(cat "$tmp/$2.new")"
		return 1
	fi
	if ! make -s -C "$tmp/src/$2" >"$tmp/$2.build" 2>&1; then
		fail "$1: builds" "$(tail -n 5 "$tmp/$2.build")"
		return 1
	fi
	ok "$1: scaffolded and built"
	check "$1: renamed throughout" test -z "$(grep -rl myapp "$tmp/src/$2" --include='*.c' --include='*.h' --include=Makefile)"
}

# start NAME OUT ARGS...: run the module until its first line.
start() {
	local name=$1 out=$2
	shift 2
	guest_start "$out" "Ctrl-C to stop" "$HOST" "$tmp/src/$name/$name.wasm" "$@"
}

stop() {
	guest_stop
	check "$1: exits 0 on SIGINT" test "$RC" -eq 0
}

if scaffold ringbuf tracer1; then
	out=$tmp/ringbuf.out
	if start tracer1 "$out"; then
		"$tmp/wbtrigger" 0 &
		pid=$!
		wait "$pid"
		wait_for "$out" "EXEC $pid " 10
		stop ringbuf
		check "ringbuf: the test's exec with pid, ppid, comm, path" \
			grep -qE "^EXEC $pid +$$ +wbtrigger +$tmp/wbtrigger\$" "$out"
	else
		fail "ringbuf: runs" "$(head -c 300 "$out.err")"
	fi
fi

if scaffold counters tally1; then
	out=$tmp/counters.out
	if start tally1 "$out"; then
		"$tmp/wbtrigger" 500
		wait_for "$out" "^wbtrigger " 10
		stop counters
		n=$(awk '$1 == "wbtrigger" {print $2}' "$out" | head -n 1)
		check "counters: the trigger's 500+ syscalls" test "${n:-0}" -ge 500
	else
		fail "counters: runs" "$(head -c 300 "$out.err")"
	fi
fi

if scaffold xdp pkts1; then
	out=$tmp/xdp.out
	if start pkts1 "$out" lo; then
		for _ in 1 2 3 4 5; do "$tmp/wbtrigger" 0 udp; done
		sleep 1.5
		stop xdp
		p=$(tail -n 1 "$out" | sed -n 's/^packets=\([0-9]*\) .*/\1/p')
		check "xdp: lo packets counted (>= 5)" test "${p:-0}" -ge 5
	else
		fail "xdp: runs" "$(head -c 300 "$out.err")"
	fi
fi

make -s new NAME=tracer1 DIR="$tmp/src" >"$tmp/dup" 2>&1
check "make new refuses an existing directory" grep -q "already exists" "$tmp/dup"
templates/wasm-bpf-new -t nosuch x >"$tmp/bad" 2>&1
check "unknown template exits 2 and names it" test $? -eq 2 -a -n "$(grep "no template 'nosuch'" "$tmp/bad")"

# --- the installed toolchain
prefix=$tmp/prefix
if make -s install PREFIX="$prefix" >"$tmp/install.log" 2>&1; then
	ok "make install"
	for f in bin/btf2hdr bin/bpftool-wasm bin/wasm-bpf bin/wasm-bpf-new lib/wasm-bpf/libwasmbpf-host.a \
		 include/libbpf-wasm/bpf/libbpf.h \
		 include/libbpf-wasm/argp.h share/wasm-bpf/mk/wasm-bpf.mk lib/pkgconfig/libbpf-wasm.pc; do
		check "installed $f" test -e "$prefix/$f"
	done
	# the installed runtime compiles a module it has never seen against its installed host library
	make -s -C runtime/tests wasi_guest.wasm >/dev/null
	WASM_BPF_CACHE=$tmp/inst-cache "$prefix/bin/wasm-bpf" runtime/tests/wasi_guest.wasm exit 7
	check "the installed wasm-bpf runs a module (its exit status 7)" test $? -eq 7
	check "compiled against the installed host library" test -n "$(ls "$tmp/inst-cache" 2>/dev/null)"
	"$prefix/bin/wasm-bpf-new" -d "$tmp/inst" -t ringbuf viainstall >/dev/null 2>&1
	check "installed project includes the installed fragment" \
		grep -qx "include $prefix/share/wasm-bpf/mk/wasm-bpf.mk" "$tmp/inst/viainstall/Makefile"
	if make -s -C "$tmp/inst/viainstall" VMLINUX_CACHE="$tmp/vmcache" >"$tmp/inst.log" 2>&1; then
		ok "project builds against the installed toolchain"
	else
		fail "project builds against the installed toolchain" "$(tail -n 5 "$tmp/inst.log")"
	fi
	# vmlinux.h, made once per kernel and shared, with its precompiled header
	check "vmlinux.h and its precompiled header in the shared cache" \
		test -s "$(ls "$tmp"/vmcache/*/vmlinux.h.pch 2>/dev/null | head -n 1)"
	check "the project's vmlinux.h is the shared one" \
		test "$(readlink "$tmp/inst/viainstall/.output/vmlinux.h")" = "$(ls "$tmp"/vmcache/*/vmlinux.h)"
	make -s -C "$tmp/inst/viainstall" clean >/dev/null 2>&1
	make -s -C "$tmp/inst/viainstall" VMLINUX_CACHE="$tmp/vmcache2" VMLINUX_BTF="$tmp/no-such-btf" \
		>"$tmp/nobtf.log" 2>&1
	rc=$?
	check "a kernel without BTF: make fails (exit $rc), saying so" \
		bash -c "[[ $rc -ne 0 ]] && grep -q 'no-such-btf is missing: this kernel has no BTF' '$tmp/nobtf.log'"
	check "the installed libbpf-wasm.pc names no path of the source tree" \
		bash -c "! grep -qF '$root' '$prefix/lib/pkgconfig/libbpf-wasm.pc'"
	printf '#include <bpf/libbpf.h>\nint main(void) { return libbpf_get_error(NULL) == 0; }\n' >"$tmp/pc.c"
	if PKG_CONFIG_PATH=$prefix/lib/pkgconfig clang $(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs libbpf-wasm) \
		-O2 -Wall -Wextra -Werror "$tmp/pc.c" -o "$tmp/pc.wasm" 2>"$tmp/pc.err"; then
		ok "clang \$(pkg-config --cflags --libs libbpf-wasm) builds a guest"
	else
		fail "pkg-config guest build" "$(head -c 300 "$tmp/pc.err")"
	fi
else
	fail "make install" "$(tail -n 5 "$tmp/install.log")"
fi

summary
