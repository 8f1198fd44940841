# Sourced by run.sh: file access, opt-in with --dir, read-only and confined.
# Uses HOST and tmp.
G=files/files.wasm

# --- without a grant, no file at all (as upstream)
out=$("$HOST" $G cat /proc/kallsyms)
check "no --dir: /proc unreachable" grep -q "^error: " <<<"$out"
out=$("$HOST" $G cat /etc/passwd)
check "no --dir: / unreachable" grep -q "^error: " <<<"$out"

# --- /proc and /sys, as libbpf-tools read them
sym=$(awk '$3 == "bpf_prog_put" { print $3; exit }' /proc/kallsyms)
out=$("$HOST" --dir /proc $G ksym bpf_prog_put)
check "--dir /proc: ksyms__load-style parse of /proc/kallsyms finds bpf_prog_put" \
	test -n "$sym" -a "$(cut -d' ' -f1-2 <<<"$out")" = "found bpf_prog_put"
"$HOST" --dir /proc $G pid >"$tmp/pid" &
pid=$!
wait $pid
check "/proc/self is the runtime's own process (Pid $pid)" grep -qx "Pid:[[:space:]]*$pid" "$tmp/pid"
out=$("$HOST" --dir /sys $G btf)
check "--dir /sys: /sys/kernel/btf/vmlinux reads as BTF (pread)" test "$out" = "magic 9feb"
out=$("$HOST" --dir /sys $G stat /sys/kernel/btf/vmlinux)
check "stat: the size the host sees" test "$out" = "size $(stat -L -c %s /sys/kernel/btf/vmlinux)"
out=$("$HOST" --dir /proc $G cat /sys/kernel/btf/vmlinux)
check "a grant reaches only itself (/sys with --dir /proc)" grep -q "^error: " <<<"$out"

# --- a grant under another name, its listing, and escapes from it
mkdir -p "$tmp/grant/sub" "$tmp/outside"
echo inside >"$tmp/grant/sub/file"
echo secret >"$tmp/outside/secret"
ln -s /etc/passwd "$tmp/grant/abs-link"
ln -s ../outside/secret "$tmp/grant/up-link"
ln -s sub/file "$tmp/grant/in-link"
D=(--dir "$tmp/grant::/data")
check "HOST::GUEST: the grant under its guest name" test "$("$HOST" "${D[@]}" $G cat /data/sub/file)" = inside
check "a symlink inside the grant is followed" test "$("$HOST" "${D[@]}" $G cat /data/in-link)" = inside
check "readdir lists the grant" \
	test "$("$HOST" "${D[@]}" $G ls /data | tr '\n' ' ')" = "abs-link in-link sub up-link "
for escape in /data/../outside/secret /data/sub/../../outside/secret /data/abs-link /data/up-link \
	      "$tmp/outside/secret"; do
	out=$("$HOST" "${D[@]}" $G cat "$escape")
	check "escape refused: $escape" grep -q "^error: " <<<"$out"
done
out=$("$HOST" --dir /proc $G cat /proc/self/exe)
check "escape refused: /proc/self/exe (a magic link)" grep -q "^error: " <<<"$out"
check "readlink /proc/self/exe names the program, opening it is refused" \
	test -n "$("$HOST" --dir /proc $G readlink /proc/self/exe | grep -v '^error')"

# --- read-only
out=$("$HOST" "${D[@]}" $G write /data/new)
check "read-only: creating a file is refused" grep -q "^error: " <<<"$out"
check "and nothing was created" test ! -e "$tmp/grant/new"
out=$("$HOST" "${D[@]}" --ro $G write /data/sub/file)
check "read-only: --ro accepted, writing refused" grep -q "^error: " <<<"$out"
check "and the file is unchanged" test "$(cat "$tmp/grant/sub/file")" = inside

# --- bad grants: one line
"$HOST" --dir "$tmp/nonexistent" $G pid >"$tmp/o" 2>"$tmp/e"
check "--dir of a missing directory: exit 1, one line" \
	test $? -eq 1 -a "$(wc -l <"$tmp/e")" -eq 1 -a ! -s "$tmp/o"
check "naming it" grep -q "nonexistent: No such file or directory" "$tmp/e"
"$HOST" --dir "$tmp/grant/sub/file" $G pid 2>"$tmp/e"
check "--dir of a file: exit 1, 'not a directory'" test $? -eq 1 -a "$(grep -c 'not a directory' "$tmp/e")" -eq 1
"$HOST" --dir "::/x" $G pid 2>"$tmp/e"
check "--dir without a host path: usage error 2" test $? -eq 2
"$HOST" --frob $G pid 2>"$tmp/e"
check "an unknown option: usage error 2" test $? -eq 2
