# Sourced by run.sh: the cache is never a way to run someone else's program
# (cache.c). Each case plants a program that would create a marker file if
# it ran, where the driver would look for the module's compiled program,
# and expects the exact refusal. Uses run.sh's $HOST, $tmp and the harness.

# expect_exact NAME STATUS LINE CMD...: CMD exits STATUS, stderr is LINE.
expect_exact() {
	local name=$1 status=$2 line=$3
	shift 3
	"$@" >"$tmp/x.out" 2>"$tmp/x.err"
	local rc=$?
	if [[ $rc -ne $status ]]; then
		fail "$name" "exit $rc, not $status: $(head -c 300 "$tmp/x.err")"
	elif [[ $(cat "$tmp/x.err") != "$line" ]]; then
		fail "$name" "stderr '$(head -c 300 "$tmp/x.err")', not '$line'"
	else
		ok "$name"
	fi
}

marker=$tmp/planted-program-ran
cat >"$tmp/planted.c" <<EOF
#include <fcntl.h>
int main(void) { return creat("$marker", 0644) < 0; }
EOF
cc -o "$tmp/planted" "$tmp/planted.c"
"$tmp/planted"
check "the planted program, if run, leaves the marker" test -e "$marker"
rm -f "$marker"
# the name the driver gives wasi_guest.wasm's program
entry=$( (cat wasi_guest.wasm; sha256sum ../.output/libwasmbpf-host.a | cut -c1-64 | tr -d '\n') |
	sha256sum | cut -c1-64)
nobody=$(id -u nobody)
me=$(id -u)

# plant DIR [OWNER [MODE]]: the marker program at the entry's name in DIR
plant() {
	install -m "${3:-0755}" -o "${2:-0}" "$tmp/planted" "$1/$entry"
}

# not_run NAME: the planted program did not run
not_run() {
	check "$1: the planted program did not run" test ! -e "$marker"
	rm -f "$marker"
}

# a directory made by someone else where the cache would be
mkdir "$tmp/c-nobody" && chown nobody "$tmp/c-nobody" && chmod 0700 "$tmp/c-nobody"
plant "$tmp/c-nobody" nobody
expect_exact "cache owned by nobody" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory $tmp/c-nobody is owned by uid $nobody, not by uid $me: not using it (set WASM_BPF_CACHE)" \
	env WASM_BPF_CACHE="$tmp/c-nobody" "$HOST" wasi_guest.wasm exit 0
not_run "cache owned by nobody"

# ours, but others may have swapped its entries already
mkdir -m 0770 "$tmp/c-group" && plant "$tmp/c-group" 0 0700
expect_exact "group-writable cache" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory $tmp/c-group is writable by group or others (mode 0770): not using it" \
	env WASM_BPF_CACHE="$tmp/c-group" "$HOST" wasi_guest.wasm exit 0
not_run "group-writable cache"

# a symlink to a directory someone else controls, as the cache or above it
mkdir "$tmp/evil" && plant "$tmp/evil" nobody && chown nobody "$tmp/evil"
ln -s "$tmp/evil" "$tmp/c-link"
expect_exact "symlinked cache" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory: $tmp/c-link is a symlink: not following it (set WASM_BPF_CACHE to a path without symlinks)" \
	env WASM_BPF_CACHE="$tmp/c-link" "$HOST" wasi_guest.wasm exit 0
not_run "symlinked cache"
mkdir -p "$tmp/evil/wasm-bpf" && plant "$tmp/evil/wasm-bpf" nobody
expect_exact "symlink above the cache" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory: $tmp/c-link is a symlink: not following it (set WASM_BPF_CACHE to a path without symlinks)" \
	env -u WASM_BPF_CACHE XDG_CACHE_HOME="$tmp/c-link" "$HOST" wasi_guest.wasm exit 0
not_run "symlink above the cache"

# a parent directory others may write to (not sticky)
mkdir -m 0777 "$tmp/open" && chmod 0777 "$tmp/open"
expect_exact "world-writable parent" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory: parent $tmp/open is writable by group or others (mode 0777): not using it" \
	env WASM_BPF_CACHE="$tmp/open/cache" "$HOST" wasi_guest.wasm exit 0
check "world-writable parent: nothing created in it" test ! -e "$tmp/open/cache"

# a good directory, a bad entry: never run, never silently replaced
mkdir -m 0700 "$tmp/c-entry" && plant "$tmp/c-entry" nobody
expect_exact "entry owned by nobody" 1 \
	"wasm-bpf: wasi_guest.wasm: cached program $tmp/c-entry/$entry is owned by uid $nobody, not by uid $me: not running it (remove it)" \
	env WASM_BPF_CACHE="$tmp/c-entry" "$HOST" wasi_guest.wasm exit 0
not_run "entry owned by nobody"
rm -f "$tmp/c-entry/$entry" && plant "$tmp/c-entry" 0 0777
expect_exact "entry of mode 0777" 1 \
	"wasm-bpf: wasi_guest.wasm: cached program $tmp/c-entry/$entry is writable by group or others (mode 0777): not running it (remove it)" \
	env WASM_BPF_CACHE="$tmp/c-entry" "$HOST" wasi_guest.wasm exit 0
not_run "entry of mode 0777"
rm -f "$tmp/c-entry/$entry" && ln -s "$tmp/planted" "$tmp/c-entry/$entry"
expect_exact "entry that is a symlink" 1 \
	"wasm-bpf: wasi_guest.wasm: cached program $tmp/c-entry/$entry is a symlink: not running it (remove it)" \
	env WASM_BPF_CACHE="$tmp/c-entry" "$HOST" wasi_guest.wasm exit 0
not_run "entry that is a symlink"
rm -f "$tmp/c-entry/$entry"
# the quick program is checked the same way (WASM_BPF_COMPILE=quick here)
install -m 0755 -o nobody "$tmp/planted" "$tmp/c-entry/$entry.quick"
expect_exact "quick entry owned by nobody" 1 \
	"wasm-bpf: wasi_guest.wasm: cached program $tmp/c-entry/$entry.quick is owned by uid $nobody, not by uid $me: not running it (remove it)" \
	env WASM_BPF_CACHE="$tmp/c-entry" "$HOST" wasi_guest.wasm exit 0
not_run "quick entry owned by nobody"
expect_exact "'..' in the cache path" 1 \
	"wasm-bpf: wasi_guest.wasm: cache directory $tmp/c-entry/../c-entry: '..' in the path is not followed" \
	env WASM_BPF_CACHE="$tmp/c-entry/../c-entry" "$HOST" wasi_guest.wasm exit 0

# a user without HOME: /tmp/wasm-bpf-cache-UID made by someone else first
if [[ ! -e /tmp/wasm-bpf-cache-$nobody ]] && command -v setpriv >/dev/null; then
	mkdir -m 0755 "/tmp/wasm-bpf-cache-$nobody" && plant "/tmp/wasm-bpf-cache-$nobody"
	expect_exact "nobody without HOME: a /tmp cache made by root is refused" 1 \
		"wasm-bpf: wasi_guest.wasm: cache directory /tmp/wasm-bpf-cache-$nobody is owned by uid 0, not by uid $nobody: not using it (set WASM_BPF_CACHE)" \
		setpriv --reuid=nobody --regid=nogroup --clear-groups \
		env -u HOME -u XDG_CACHE_HOME -u WASM_BPF_CACHE "$HOST" wasi_guest.wasm exit 0
	not_run "nobody without HOME"
	rm -rf "/tmp/wasm-bpf-cache-$nobody"
fi

# the good case: created 0700, entries ours and 0700; an old 0755 cache is tightened
mkdir -m 0755 "$tmp/c-old" && cp "$WASM_BPF_CACHE/$entry.quick" "$tmp/c-old/"
out=$(WASM_BPF_CACHE="$tmp/c-old" "$HOST" wasi_guest.wasm exit 3 2>&1)
check "an old 0755 cache works (its program runs)" test $? -eq 3 -a -z "$out"
check "and becomes 0700" test "$(stat -c %a "$tmp/c-old")" = 700
check "a new cache is mode 0700" test "$(stat -c %a "$WASM_BPF_CACHE")" = 700
check "its programs are ours, mode 0700" test "$(stat -c '%u %a' "$WASM_BPF_CACHE/$entry.quick")" = "$me 700"
