# Where the toolchain lives when used from its source tree. `make install`
# writes an installed copy of this file with the installed paths instead.
WASM_BPF_ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
WASM_BPF_IN_TREE := 1

BTF2HDR      ?= $(WASM_BPF_ROOT)/btf2hdr/.output/btf2hdr
BPFTOOL_WASM ?= $(WASM_BPF_ROOT)/bpftool-wasm/.output/bpftool-wasm
WASM_BPF     ?= $(WASM_BPF_ROOT)/runtime/wasm-bpf

WASM_BPF_SDK_INCLUDE := $(WASM_BPF_ROOT)/libbpf-wasm/include
WASM_BPF_SYSROOT     := $(WASM_BPF_ROOT)/.output/sysroot
