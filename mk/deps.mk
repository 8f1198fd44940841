# The Debian packages the toolchain needs, and the check that installs them.
# `make` as root installs what is missing; anyone else gets the one
# apt-get line to run.

DEB_PACKAGES := clang llvm lld libbpf-dev bpftool libelf-dev libdw-dev \
		zlib1g-dev wasi-libc libclang-rt-14-dev-wasm32 wabt binaryen \
		pkg-config iproute2 libclang-rt-14-dev gcc libc6-dev make valgrind \
		linux-libc-dev libssl-dev systemtap-sdt-dev

missing_packages = $(shell for p in $(DEB_PACKAGES); do \
	dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done)

.PHONY: deps
deps:
	$(eval MISSING := $(missing_packages))
	$(if $(MISSING),$(call msg,APT,$(MISSING)))
	$(Q)if [ -n "$(MISSING)" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			 apt-get install -y -qq --no-install-recommends $(MISSING)) >$(DEPS_LOG) 2>&1 || \
			{ echo "apt-get failed; see $(DEPS_LOG)" >&2; exit 1; }; \
		else \
			echo "Missing packages. Run as root:" >&2; \
			echo "  apt-get install $(MISSING)" >&2; \
			exit 1; \
		fi; \
	fi

DEPS_LOG ?= /tmp/wasm-bpf-toolchain-apt.log
