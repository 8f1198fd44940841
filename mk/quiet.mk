# Quiet build output shared by every Makefile of the project.
#
# By default each recipe prints one aligned "  TAG  target" line, the way
# libbpf-bootstrap does; `make V=1` shows the full commands instead.
# Recipes start with $(call msg,TAG,target) and run their commands under $(Q).

ifeq ($(V),1)
	Q =
	msg =
else
	Q = @
	msg = @printf '  %-8s %s\n' "$(1)" "$(patsubst $(abspath $(CURDIR))/%,%,$(2))";
	MAKEFLAGS += --no-print-directory
endif

# A failed "tool > $@" must not leave a half-written output behind.
.DELETE_ON_ERROR:

# Fragments included before a Makefile's own rules must not steal the
# default goal.
.DEFAULT_GOAL := all
