# How a Wasm guest is compiled and linked: the one place these flags live.
# (libbpf-wasm.pc is generated from the same variables.)
#
# Inputs: WASM_BPF_SYSROOT (where the private sysroot goes) and
# WASM_BPF_SDK_INCLUDE (the libbpf-wasm headers).

GUEST_CC ?= clang

# Debian clang searches /usr/include for wasm32-wasi too, so glibc-only host
# headers (gelf.h, the host's bpf/libbpf.h) would leak into guest builds.
# A private sysroot of links to wasi-libc shows the compiler nothing else.
WASI_INCLUDE ?= /usr/include/wasm32-wasi
WASI_LIB     ?= /usr/lib/wasm32-wasi

GUEST_DEFINES := -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS \
		 -D_WASI_EMULATED_GETPID -D_WASI_EMULATED_MMAN

GUEST_CFLAGS := --target=wasm32-wasi --sysroot=$(WASM_BPF_SYSROOT) \
		$(GUEST_DEFINES) -I$(WASM_BPF_SDK_INCLUDE)

# --export-table: wasmtime and WasmEdge refuse modules without the table.
# --strip-debug: Debian's libc.a carries debug info (4x larger modules).
GUEST_LDFLAGS := -Wl,--export-table -Wl,--strip-debug
GUEST_LDLIBS  := -lwasi-emulated-signal -lwasi-emulated-process-clocks \
		 -lwasi-emulated-getpid -lwasi-emulated-mman \
		 -lc-printscan-long-double

$(WASM_BPF_SYSROOT)/.stamp:
	$(call msg,SYSROOT,$(WASM_BPF_SYSROOT))
	$(Q)mkdir -p $(WASM_BPF_SYSROOT)/lib
	$(Q)ln -sfn $(WASI_INCLUDE) $(WASM_BPF_SYSROOT)/include
	$(Q)ln -sfn $(WASI_LIB) $(WASM_BPF_SYSROOT)/lib/wasm32-wasi
	$(Q)touch $@
