#!/usr/bin/env bash
# The cgroup test (sockops.sh) on the other layouts a machine may have, each
# made in a private mount namespace: cgroup2 alone at /sys/fs/cgroup (a
# standard Debian 12), and no cgroup2 mounted at all (the test mounts one).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/harness.sh
make_tmp

layout() {
	local name=$1 setup=$2 log=$tmp/layout.log
	if ! unshare -m --propagation private bash -c "$setup && bash tests/e2e/sockops.sh" >"$log" 2>&1; then
		fail "sockops with $name" "$(grep -m3 -e '^FAIL' -e 'failed' "$log")"
	elif grep -q '^FAIL' "$log"; then
		fail "sockops with $name" "$(grep -m3 '^FAIL' "$log")"
	else
		ok "sockops with $name: $(tail -n 1 "$log")"
	fi
}

if ! unshare -m true 2>/dev/null; then
	fail "private mount namespace" "unshare -m failed"
	summary
	exit 1
fi
layout "cgroup2 at /sys/fs/cgroup" \
	'umount -R /sys/fs/cgroup 2>/dev/null; mount -t cgroup2 none /sys/fs/cgroup'
layout "no cgroup2 mounted" \
	'umount -R /sys/fs/cgroup 2>/dev/null; ! grep -q " - cgroup2 " /proc/self/mountinfo'
summary
