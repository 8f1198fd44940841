#!/usr/bin/env bash
# sysroot.sh WASI_INCLUDE WASI_LIB UAPI_INCLUDE SYSROOT: builds the guests'
# private sysroot, all links, nothing copied:
#   include/           wasi-libc's headers
#   lib/wasm32-wasi/   wasi-libc's libraries
#   uapi/              the kernel's UAPI headers (Debian's linux-libc-dev):
#                      linux/, asm-generic/ and the other top-level
#                      directories it installs, and asm/ resolved for wasm32
#                      from asm-generic (wasm32 is no kernel architecture;
#                      the SDK's include/asm/ supplies the few headers
#                      asm-generic lacks)
# Guests search uapi/ after everything else (-idirafter, mk/guest.mk), so a
# libc header always wins over a kernel one of the same name.
set -euo pipefail
wasi_include=$1 wasi_lib=$2 uapi=$3 sysroot=$4

[[ -e $wasi_include/stdio.h ]] || { echo "sysroot.sh: no wasi-libc headers in $wasi_include" >&2; exit 1; }
[[ -e $uapi/linux/bpf.h ]] || { echo "sysroot.sh: no kernel UAPI headers in $uapi (linux-libc-dev)" >&2; exit 1; }

mkdir -p "$sysroot/lib"
ln -sfn "$wasi_include" "$sysroot/include"
ln -sfn "$wasi_lib" "$sysroot/lib/wasm32-wasi"

rm -rf "$sysroot/uapi"
mkdir -p "$sysroot/uapi/asm"
# the directories linux-libc-dev installs at the top of /usr/include
for d in linux asm-generic misc mtd rdma sound video xen; do
	[[ -d $uapi/$d ]] && ln -s "$uapi/$d" "$sysroot/uapi/$d"
done
for h in "$uapi"/asm-generic/*.h; do
	ln -s "../asm-generic/${h##*/}" "$sysroot/uapi/asm/${h##*/}"
done
touch "$sysroot/.stamp"
