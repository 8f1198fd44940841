#!/usr/bin/env bash
# uapi.sh OUT: compiles, alone, every header Debian's linux-libc-dev
# installs for user space, natively (cc) and in a guest (the guest flags,
# -Wall -Wextra -Werror both). Writes "HEADER native-fails",
# "HEADER guest-fails: first error" or "HEADER ok" lines to OUT.
set -u
out=$1
. "$(dirname "$0")/../../mk/guest-env.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GUEST_CC GUEST_CFLAGS tmp

one() {
	local h=$1 c
	c=$tmp/$(echo "$h" | tr / _).c
	printf '#include <%s>\n' "$h" >"$c"
	if ! cc -Wall -Wextra -Werror -fsyntax-only "$c" 2>/dev/null; then
		echo "$h native-fails"
	elif $GUEST_CC $GUEST_CFLAGS -Wall -Wextra -Werror -fsyntax-only "$c" 2>"$c.err"; then
		echo "$h ok"
	else
		echo "$h guest-fails: $(grep -m1 'error' "$c.err")"
	fi
}
export -f one
# the arch directory (x86_64-linux-gnu/asm) is the host's, not a guest's
dpkg -L linux-libc-dev | grep '^/usr/include/.*\.h$' | grep -v '^/usr/include/[^/]*-linux-gnu/' |
	sed 's|^/usr/include/||' | sort | xargs -P 2 -I{} bash -c 'one {}' >"$out"
