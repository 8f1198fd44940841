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

# guest_start OUT READY COMMAND...: COMMAND in the background as $GUEST,
# stdout in OUT and stderr in OUT.err, until READY shows in OUT (60 s: a
# first run translates the module). OUT is emptied here, before the start,
# so that an earlier run's output cannot pass for this one's: the
# background job's own redirection may come after the first look.
guest_start() {
	local out=$1 ready=$2
	shift 2
	: >"$out"
	: >"$out.err"
	# <&0: an explicit stdin, or a background job reads /dev/null
	"$@" <&0 >"$out" 2>"$out.err" &
	GUEST=$!
	wait_for "$out" "$ready" 60 && return 0
	kill -9 "$GUEST" 2>/dev/null
	wait "$GUEST" 2>/dev/null
	return 1
}

# guest_wait [PID [SECONDS]]: its exit status in $RC, waiting at most
# SECONDS (60); one still running then is killed and reported (RC 137),
# so that a guest that ignores its signal fails the check instead of
# hanging the suite. PID defaults to $GUEST.
guest_wait() {
	local pid=${1:-$GUEST} tries=$(( ${2:-60} * 10 ))
	while kill -0 "$pid" 2>/dev/null && (( tries-- > 0 )); do
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "# pid $pid still running after ${2:-60} s: killed" >&2
		kill -9 "$pid" 2>/dev/null
	fi
	wait "$pid" 2>/dev/null
	RC=$?
}

# guest_stop [PID]: SIGINT, as Ctrl-C, then guest_wait.
guest_stop() {
	kill -INT "${1:-$GUEST}" 2>/dev/null
	guest_wait "${1:-$GUEST}"
}
