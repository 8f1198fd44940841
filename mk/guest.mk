# How a Wasm guest is compiled and linked: the one place these flags live.
# (libbpf-wasm.pc is generated from the same variables.)
#
# Inputs: WASM_BPF_SYSROOT (where the private sysroot goes) and
# WASM_BPF_SDK_INCLUDE (the libbpf-wasm headers).

GUEST_CC ?= clang
# mk/sysroot.sh sits beside this file, in the tree and installed
SYSROOT_SH := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))/sysroot.sh

# Debian clang searches /usr/include for wasm32-wasi too, so glibc-only host
# headers (gelf.h, the host's bpf/libbpf.h) would leak into guest builds.
# A private sysroot of links (mk/sysroot.sh) shows the compiler wasi-libc
# and the kernel's UAPI headers, nothing else.
WASI_INCLUDE ?= /usr/include/wasm32-wasi
WASI_LIB     ?= /usr/lib/wasm32-wasi
UAPI_INCLUDE ?= /usr/include

GUEST_DEFINES := -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS \
		 -D_WASI_EMULATED_GETPID -D_WASI_EMULATED_MMAN

# gen/ holds the SDK's generated headers (the BPF object getpid() embeds).
GUEST_CFLAGS := --target=wasm32-wasi --sysroot=$(WASM_BPF_SYSROOT) \
		$(GUEST_DEFINES) -I$(WASM_BPF_SDK_INCLUDE) -I$(WASM_BPF_SYSROOT)/gen \
		-idirafter $(WASM_BPF_SYSROOT)/uapi

# --export-table: wasmtime and WasmEdge refuse modules without the table.
# --strip-all: no debug info (Debian's libc.a carries it: 4x larger
# modules) and no name section; a trap still names the function index.
# printf() of a long double needs -lc-printscan-long-double (5 KB): a module
# that prints one without it stops with wasi-libc's message saying so; add
# it with EXTRA_LDLIBS.
GUEST_LDFLAGS := -Wl,--export-table -Wl,--strip-all
# -lwasm-bpf-malloc (gen/, from libbpf-wasm/src/malloc.c) before wasi-libc:
# its malloc instead of dlmalloc, 7 KB less in every module.
GUEST_LDLIBS  := -L$(WASM_BPF_SYSROOT)/gen -lwasm-bpf-malloc -lwasi-emulated-signal -lwasi-emulated-process-clocks \
		 -lwasi-emulated-getpid -lwasi-emulated-mman

# In the source tree the sysroot also gets gen/libbpf-wasm/getpid.bpf.h: the
# BPF object that getpid() loads on runtimes that do not give the guest its
# pid (libbpf-wasm/include/libbpf-wasm/getpid.h), without its DWARF, as
# bytes. `make install` copies gen/ into the installed sysroot.
ifdef WASM_BPF_IN_TREE
GETPID_SRC  := $(WASM_BPF_ROOT)/libbpf-wasm/bpf/getpid.bpf.c
GETPID_DEPS := $(GETPID_SRC) $(WASM_BPF_SDK_INCLUDE)/libbpf-wasm/getpid_key.h \
	       $(dir $(SYSROOT_SH))bin2c.sh
MALLOC_SRC  := $(WASM_BPF_ROOT)/libbpf-wasm/src/malloc.c
GETPID_DEPS += $(MALLOC_SRC)
endif

$(WASM_BPF_SYSROOT)/.stamp: $(SYSROOT_SH) $(GETPID_DEPS)
	$(call msg,SYSROOT,$(WASM_BPF_SYSROOT))
	$(Q)rm -f $@
	$(Q)$(SYSROOT_SH) $(WASI_INCLUDE) $(WASI_LIB) $(UAPI_INCLUDE) $(WASM_BPF_SYSROOT)
ifdef WASM_BPF_IN_TREE
	$(Q)mkdir -p $(WASM_BPF_SYSROOT)/gen/libbpf-wasm
	$(Q)clang -g -O2 -target bpf -Wall -Werror -I$(WASM_BPF_SDK_INCLUDE)/libbpf-wasm \
		-idirafter $(WASM_BPF_SYSROOT)/uapi -c $(GETPID_SRC) -o $(WASM_BPF_SYSROOT)/gen/getpid.bpf.o \
		|| { rm -f $@; exit 1; }
	$(Q)llvm-strip -g $(WASM_BPF_SYSROOT)/gen/getpid.bpf.o || { rm -f $@; exit 1; }
	$(Q)$(dir $(SYSROOT_SH))bin2c.sh libbpf_wasm__getpid_obj $(WASM_BPF_SYSROOT)/gen/getpid.bpf.o \
		$(WASM_BPF_SYSROOT)/gen/libbpf-wasm/getpid.bpf.h || { rm -f $@; exit 1; }
	$(Q)clang --target=wasm32-wasi --sysroot=$(WASM_BPF_SYSROOT) -Oz -Wall -Wextra -Werror \
		-c $(MALLOC_SRC) -o $(WASM_BPF_SYSROOT)/gen/malloc.o || { rm -f $@; exit 1; }
	$(Q)rm -f $(WASM_BPF_SYSROOT)/gen/libwasm-bpf-malloc.a && llvm-ar rcs \
		$(WASM_BPF_SYSROOT)/gen/libwasm-bpf-malloc.a $(WASM_BPF_SYSROOT)/gen/malloc.o || { rm -f $@; exit 1; }
endif
