#!/bin/sh
# printf-float.sh OBJ...: prints -lc-printscan-no-floating-point (wasi-libc's
# printf and scanf without floating point, 5 KB less) when no guest object
# has a floating-point instruction: such a guest has no float or double to
# print. One rule for mk/wasm-bpf.mk and bench/size. (llvm-objdump shows
# the untyped select as f32.select, which is no floating-point work.)
llvm-objdump -d "$@" | grep -E '[[:space:]]f(32|64)\.' | grep -qv 'f32\.select$' ||
	echo -lc-printscan-no-floating-point
