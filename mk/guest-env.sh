# The guest compiler flags of mk/guest.mk for shell scripts (tests).
# Sourced from the repository's subdirectories; needs make and the sysroot.
_wasm_bpf_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
make -s -C "$_wasm_bpf_root" sdk >/dev/null
GUEST_CC=$(make -s -C "$_wasm_bpf_root" --no-print-directory print-GUEST_CC)
GUEST_CFLAGS=$(make -s -C "$_wasm_bpf_root" --no-print-directory print-GUEST_CFLAGS)
GUEST_LDFLAGS="$(make -s -C "$_wasm_bpf_root" --no-print-directory print-GUEST_LDFLAGS) $(make -s -C "$_wasm_bpf_root" --no-print-directory print-GUEST_LDLIBS)"
