# wasm-bpf-toolchain
#
#   make                 install missing Debian packages (as root), build the
#                        tools, the SDK, the test host and every example
#   make test            build, then run the whole test suite
#   make bench           build, then run every benchmark (bench/README.md)
#   make install PREFIX=/usr/local
#   make new NAME=mytool TEMPLATE=ringbuf DIR=~/src
#   make clean
#
# V=1 shows full commands.

include mk/quiet.mk
include mk/paths.mk
include mk/guest.mk
include mk/deps.mk

TEMPLATES := ringbuf counters xdp
# the last seven need the runtime's extension (their READMEs say so)
EXAMPLES := bootstrap execsnoop opensnoop counters maps sockops xdp uprobe runqlat \
	    ufunc usdt profile tc task_iter procs sockfilter
PREFIX   ?= /usr/local
VERSION  := 0.1.0
PC_FILE  := .output/libbpf-wasm.pc

.PHONY: all build tools host sdk examples test bench install clean new
all: deps
	$(Q)$(MAKE) build

build: tools host sdk examples

# btf2hdr reads the guests' headers (its reserved names), and the runtime
# links btf2hdr's object checker: the sysroot first, built once, not by two
# makes at the same time.
tools: sdk
	$(Q)$(MAKE) -C btf2hdr
	$(Q)$(MAKE) -C bpftool-wasm

host: sdk
	$(Q)$(MAKE) -C runtime

sdk: $(WASM_BPF_SYSROOT)/.stamp $(PC_FILE)

# The pkg-config file carries the same flags as mk/guest.mk.
define pc_file
prefix=$(1)
includedir=$(2)
sysroot=$(3)

Name: libbpf-wasm
Description: libbpf's API for WebAssembly guests of wasm-bpf runtimes
Version: $(VERSION)
Cflags: --target=wasm32-wasi --sysroot=$${sysroot} $(GUEST_DEFINES) -I$${includedir} -I$${sysroot}/gen -idirafter $${sysroot}/uapi
Libs: $(GUEST_LDFLAGS) $(subst $(WASM_BPF_SYSROOT),$${sysroot},$(GUEST_LDLIBS))
endef

.output:
	$(Q)mkdir -p $@

# ($(file) runs when the recipe is expanded, so the directory comes first.)
$(PC_FILE): mk/guest.mk Makefile | .output
	$(call msg,GEN,$@)
	$(file >$@,$(call pc_file,$(WASM_BPF_ROOT),$(WASM_BPF_SDK_INCLUDE),$(WASM_BPF_SYSROOT)))

examples: tools host sdk
	$(Q)for ex in $(EXAMPLES); do $(MAKE) -C examples/$$ex || exit 1; done

# Guests and BPF objects that only the tests use.
TEST_DIRS := tests/lib tests/porting tests/skel tests/sdk tests/layout tests/pid tests/ext tests/buffers

test: all
	$(Q)for d in $(TEST_DIRS); do $(MAKE) -C $$d || exit 1; done
	$(Q)tests/run.sh

# Every benchmark, each building what it runs first; as root, like the tests.
bench: all
	$(Q)$(MAKE) -C bench/ringbuf bench
	$(Q)bench/startup/run.sh
	$(Q)bench/btf2hdr/run.sh
	$(Q)bench/size/run.sh

# Installed layout: tools and the runtime in bin/ (its host library in
# lib/wasm-bpf/), the SDK in include/libbpf-wasm/ (so that
# it never shadows the host's <bpf/libbpf.h>), make fragments and the private
# sysroot in share/wasm-bpf/, the pkg-config file in lib/pkgconfig/.
SHARE := $(PREFIX)/share/wasm-bpf
install: all
	$(call msg,INSTALL,$(PREFIX))
	$(Q)install -d $(PREFIX)/bin $(PREFIX)/include/libbpf-wasm $(SHARE)/mk \
		$(SHARE)/sysroot/lib $(PREFIX)/lib/pkgconfig
	$(Q)install -m 755 $(BTF2HDR) $(BPFTOOL_WASM) $(PREFIX)/bin/
	$(Q)$(MAKE) -s -C runtime install PREFIX=$(abspath $(PREFIX))
	$(Q)cp -r libbpf-wasm/include/. $(PREFIX)/include/libbpf-wasm/
	$(Q)install -m 644 mk/wasm-bpf.mk mk/quiet.mk mk/guest.mk $(SHARE)/mk/
	$(Q)printf '%s\n' \
		'WASM_BPF_ROOT := $(PREFIX)' \
		'BTF2HDR      ?= $(PREFIX)/bin/btf2hdr' \
		'BPFTOOL_WASM ?= $(PREFIX)/bin/bpftool-wasm' \
		'WASM_BPF     ?= $(PREFIX)/bin/wasm-bpf' \
		'WASM_BPF_SDK_INCLUDE := $(PREFIX)/include/libbpf-wasm' \
		'WASM_BPF_SYSROOT     := $(SHARE)/sysroot' > $(SHARE)/mk/paths.mk
	$(Q)install -m 755 mk/sysroot.sh mk/printf-float.sh $(SHARE)/mk/
	$(Q)mk/sysroot.sh $(WASI_INCLUDE) $(WASI_LIB) $(UAPI_INCLUDE) $(SHARE)/sysroot
	$(Q)cp -r $(WASM_BPF_SYSROOT)/gen $(SHARE)/sysroot/
	$(Q)install -d $(SHARE)/templates
	$(Q)cp -r $(addprefix templates/,$(TEMPLATES)) $(SHARE)/templates/
	$(Q)install -m 755 templates/wasm-bpf-new $(PREFIX)/bin/
	$(file >.output/libbpf-wasm.installed.pc,$(call pc_file,$(PREFIX),$(PREFIX)/include/libbpf-wasm,$(SHARE)/sysroot))
	$(Q)install -m 644 .output/libbpf-wasm.installed.pc $(PREFIX)/lib/pkgconfig/libbpf-wasm.pc

# make new NAME=mytool [TEMPLATE=ringbuf] [DIR=.]: a new project from a template.
new:
	$(Q)templates/wasm-bpf-new -t $(or $(TEMPLATE),ringbuf) -d $(or $(DIR),.) $(NAME)

clean:
	$(Q)$(MAKE) -C btf2hdr clean
	$(Q)$(MAKE) -C bpftool-wasm clean
	$(Q)$(MAKE) -C runtime clean
	$(Q)for d in $(addprefix examples/,$(EXAMPLES)) $(TEST_DIRS); do $(MAKE) -C $$d clean; done
	$(call msg,CLEAN,.output)
	$(Q)rm -rf .output

# For scripts: `make print-VAR` prints a variable (tests use the guest flags).
print-%:
	@echo '$($*)'
