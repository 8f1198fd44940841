# Shared by the shell test suites: result lines, the summary, and the
# kernel set-up every BPF test needs.

PASS=0
FAIL=0

ok()   { echo "ok $1"; PASS=$((PASS + 1)); }
fail() { echo "FAIL $1: $2"; FAIL=$((FAIL + 1)); }

# check NAME CONDITION-COMMAND... : ok when the command succeeds.
check() {
	local name=$1
	shift
	if "$@"; then ok "$name"; else fail "$name" "'$*' failed"; fi
}

summary() {
	echo "$PASS passed, $FAIL failed"
	[[ $FAIL -eq 0 ]]
}

# Tracepoints attach only with tracefs mounted.
ensure_tracefs() {
	[[ -d /sys/kernel/tracing/events ]] && return 0
	mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null ||
		mount -t tracefs nodev /sys/kernel/tracing
}

# Suites that attach tracepoints stop here, failing, when tracefs is missing.
require_tracefs() {
	ensure_tracefs || { fail tracefs "cannot mount tracefs"; summary; exit 1; }
}

# $tmp: a fresh directory, removed at exit unless KEEP_TMP is set; background
# jobs (guests, triggers) are killed at exit too.
make_tmp() {
	tmp=$(mktemp -d)
	trap 'kill -9 $(jobs -p) 2>/dev/null; [[ -n ${KEEP_TMP:-} ]] || rm -rf "$tmp"' EXIT
}

# wait_for FILE PATTERN SECONDS: until PATTERN appears in FILE.
wait_for() {
	local file=$1 pattern=$2 tries=$(( $3 * 10 ))
	while (( tries-- > 0 )); do
		grep -q -- "$pattern" "$file" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# cgroup2_root: prints where cgroup v2 is mounted, from /proc/self/mountinfo
# (/sys/fs/cgroup on a standard Debian 12, /sys/fs/cgroup/unified on hybrid
# machines); with none mounted, mounts one under $tmp (make_tmp first).
# Fails when there is none and none can be mounted.
cgroup2_root() {
	local root
	# mountinfo: ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS... - FSTYPE SOURCE SUPER
	root=$(awk '{ for (i = 7; i <= NF; i++) if ($i == "-") { if ($(i + 1) == "cgroup2") { print $5; exit } break } }' \
		/proc/self/mountinfo)
	if [[ -z $root ]]; then
		root=$tmp/cgroup2
		mkdir -p "$root" && mount -t cgroup2 none "$root" || return 1
	fi
	echo "$root"
}
