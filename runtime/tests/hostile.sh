# Sourced by run.sh after cache.sh (expect_exact): modules and guests made
# to break the runtime (tests/hostile/, from the project's hostile-input
# survey, and own-*.wat cases of ours). Each must get one line naming the
# module and the problem and the right status (1: cannot run, 134: trap),
# never a crash or a hang. Uses run.sh's $HOST, $tmp and the harness.

H=hostile
# the hostile BPF objects live with the first tool that reads them
OBJS=../../bpftool-wasm/tests/hostile

# --- the module itself, checked before wasm2c (wasm_module.c, module_check.c)
expect_exact "import of the wrong type" 1 \
	"wasm-bpf: $H/badsig.wasm: import wasm_bpf.wasm_bpf_map_operate has type (i32)->i32, the ABI says (i32,i32,i32,i32,i32,i64)->i32" \
	"$HOST" $H/badsig.wasm
sed '/wasm_bpf_map_operate/d; s/ (drop (call $op (i32.const 3)))//' $H/badsig.wat >"$tmp/badwasi.wat" &&
	wat2wasm "$tmp/badwasi.wat" -o "$tmp/badwasi.wasm"
expect_exact "WASI import of the wrong type" 1 \
	"wasm-bpf: $tmp/badwasi.wasm: import wasi_snapshot_preview1.fd_write has type (i32)->i32, the ABI says (i32,i32,i32,i32)->i32" \
	"$HOST" "$tmp/badwasi.wasm"
expect_exact "unknown import returning f64" 1 \
	"wasm-bpf: $H/f64imp.wasm: import wasi_snapshot_preview1.not_a_wasi_func is not a function the host provides (not a WASI preview1 function)" \
	"$HOST" $H/f64imp.wasm
sed '/not_a_wasi_func/d; s/(drop (call $s (f64.const 0)))//' $H/f64imp.wat >"$tmp/mystery.wat" &&
	wat2wasm "$tmp/mystery.wat" -o "$tmp/mystery.wasm"
expect_exact "import from an unknown module" 1 \
	"wasm-bpf: $tmp/mystery.wasm: import mystery.x is from module 'mystery', which wasm-bpf does not provide" \
	"$HOST" "$tmp/mystery.wasm"
expect_exact "start function" 1 \
	"wasm-bpf: $H/own-start.wasm: the module has a start function, which wasm2c 1.0.32 would not run" \
	"$HOST" $H/own-start.wasm
expect_exact "an import put in a table by an element segment" 1 \
	"wasm-bpf: $H/own-elem-import.wasm: element segment 0 puts the import wasm_bpf.wasm_close_bpf_object in a table, which wasm2c 1.0.32 translates wrongly (call it directly, or through a function of the module)" \
	"$HOST" $H/own-elem-import.wasm
sed 's/(elem (i32.const 1) func $close)/(elem func $close)/' $H/own-elem-import.wat >"$tmp/elem-passive.wat" &&
	wat2wasm "$tmp/elem-passive.wat" -o "$tmp/elem-passive.wasm"
expect_exact "an import in a passive element segment (table.init would copy it)" 1 \
	"wasm-bpf: $tmp/elem-passive.wasm: element segment 0 puts the import wasm_bpf.wasm_close_bpf_object in a table, which wasm2c 1.0.32 translates wrongly (call it directly, or through a function of the module)" \
	"$HOST" "$tmp/elem-passive.wasm"
sed 's/(elem (i32.const 1) func $close)/(elem declare func $close)/; s/(drop (call_indirect (type $t) (i64.const 1) (i32.const 1)))//' \
	$H/own-elem-import.wat >"$tmp/elem-declare.wat" && wat2wasm "$tmp/elem-declare.wat" -o "$tmp/elem-declare.wasm"
"$HOST" "$tmp/elem-declare.wasm" >/dev/null 2>&1
check "a declarative element segment (ref.func only) is accepted" test $? -eq 0
"$HOST" $H/own-ext-args.wasm >"$tmp/ext-args" 2>&1
rc=$?
check "extension imports: unknown link ids, handles and pointers get -EBADF/-EINVAL (case $rc)" test $rc -eq 0
expect_exact "imported memory" 1 \
	"wasm-bpf: $H/own-import-memory.wasm: import wasi_snapshot_preview1.memory is a memory; the host provides only functions" \
	"$HOST" $H/own-import-memory.wasm
expect_exact "_start with a parameter" 1 \
	"wasm-bpf: $H/own-bad-start.wasm: export '_start' has type (i32)->(), a WASI command's is ()->()" \
	"$HOST" $H/own-bad-start.wasm
expect_exact "a wasm_bpf_signal export of the wrong type" 1 \
	"wasm-bpf: $H/own-bad-signal.wasm: export 'wasm_bpf_signal' has type (i64)->i32, the host calls it as (i32)->i32" \
	"$HOST" $H/own-bad-signal.wasm
expect_exact "a wasm_bpf_set_pid export of the wrong type" 1 \
	"wasm-bpf: $H/own-bad-set-pid.wasm: export 'wasm_bpf_set_pid' has type (i32)->i32, the host calls it as (i32)->()" \
	"$HOST" $H/own-bad-set-pid.wasm
expect_exact "a table of 2^28 entries" 1 \
	"wasm-bpf: $H/own-big-table.wasm: table 0 has at least 268435456 entries; the host allows 1048576" \
	"$HOST" $H/own-big-table.wasm
expect_exact "4 GiB of memory" 1 \
	"wasm-bpf: $H/hugemem.wasm: its memory is at least 65536 pages (4294967296 bytes); the host supports 65535 pages (4 GiB - 64 KiB)" \
	"$HOST" $H/hugemem.wasm
expect_exact "every ABI function imported with its type: accepted, runs" 0 "" \
	"$HOST" ../.output/abi.wasm

# --- guest memory (guest_memory.c)
expect_exact "2 GiB of memory: the store at its end works" 0 "" "$HOST" $H/hugemem2g.wasm
expect_exact "2 GiB of memory under ulimit -v 1000000: refused at instantiation" 1 \
	"wasm-bpf: $H/hugemem2g.wasm: cannot allocate 2147483648 bytes of guest memory" \
	bash -c "ulimit -v 1000000 && exec $HOST $H/hugemem2g.wasm"
expect_exact "no room to reserve 4 GiB (ulimit -v): memory is mapped as needed" 7 "" \
	bash -c "ulimit -v 1000000 && exec $HOST wasi_guest.wasm exit 7"
expect_exact "a data segment out of bounds traps at instantiation" 134 \
	"wasm-bpf: $H/own-data-oob.wasm: trap: Out-of-bounds access in linear memory or a table" \
	"$HOST" $H/own-data-oob.wasm

# --- the guest's native stack (guest_stack.c)
expect_exact "4,900 frames of 3,000 locals: call stack exhausted" 134 \
	"wasm-bpf: $H/bigframe.wasm: trap: Call stack exhausted" "$HOST" $H/bigframe.wasm
expect_exact "unbounded recursion of small frames: call stack exhausted" 134 \
	"wasm-bpf: $H/own-recurse.wasm: trap: Call stack exhausted" "$HOST" $H/own-recurse.wasm
expect_exact "1,000,000-deep C recursion: a trap (its shadow stack runs out)" 134 \
	"start"$'\n'"wasm-bpf: $H/spin.wasm: trap: Out-of-bounds access in linear memory or a table" \
	"$HOST" $H/spin.wasm rec
"$HOST" wasi_guest.wasm sleep >"$tmp/segv.out" 2>"$tmp/segv.err" &
pid=$!
if wait_for "$tmp/segv.out" sleeping 60; then
	kill -SEGV "$pid"
	wait "$pid" 2>/dev/null	# (bash's own "Segmentation fault" notice)
	check "SIGSEGV in the host: dies of it (status 139)" test $? -eq 139
	check "SIGSEGV in the host: one line" \
		grep -qxE "wasm-bpf: wasi_guest.wasm: internal error: SIGSEGV at 0x[0-9a-f]+" "$tmp/segv.err"
	check "SIGSEGV in the host: nothing else" test "$(wc -l <"$tmp/segv.err")" -eq 1
else
	fail "SIGSEGV in the host" "guest did not start: $(cat "$tmp/segv.out")"
fi

# --- re-entry from the ring-buffer callback (bpf_imports.c)
for mode in wamr wasmtime; do
	if [[ $mode == wamr ]]; then einval=-22 ebusy=-16; else einval=22 ebusy=1; fi
	"$HOST" --mode $mode $H/reent.wasm close >"$tmp/r" 2>&1
	check "$mode: close in its own callback: the guest runs to the end" test $? -eq 0
	check "$mode: the close returns 0" grep -qx "closed in callback: 0" "$tmp/r"
	check "$mode: the poll it was in returns the one event" grep -qx "poll 0: 1 calls=1" "$tmp/r"
	check "$mode: the handle is dead at once (EINVAL), no more callbacks" grep -qx "poll 4: $einval calls=1" "$tmp/r"
	"$HOST" --mode $mode $H/reent.wasm poll >"$tmp/r" 2>&1
	check "$mode: poll from its own callback: the guest runs to the end" test $? -eq 0
	check "$mode: the nested poll is refused (EBUSY)" grep -qx "poll in callback: $ebusy" "$tmp/r"
	check "$mode: the outer polls go on" grep -q "^poll 4: [0-9]" "$tmp/r"
	"$HOST" --mode $mode $H/reent.wasm grow >"$tmp/r" 2>&1
	check "$mode: 64 MiB malloc in the callback: runs to the end" test $? -eq 0
	check "$mode: the callback's memory grew, polls go on" \
		test -n "$(grep -x "grew: yes" "$tmp/r")" -a -n "$(grep "^poll 4: [0-9]" "$tmp/r")"
	valgrind --trace-children=yes --suppressions=valgrind.supp --error-exitcode=99 \
		--log-file="$tmp/vg-reent-$mode" "$HOST" --mode $mode $H/reent.wasm close >/dev/null 2>&1
	check "$mode: close in the callback under valgrind: the guest's status" test $? -eq 0
	check "$mode: close in the callback under valgrind: 0 errors" \
		grep -q "ERROR SUMMARY: 0 errors" "$tmp/vg-reent-$mode"
done
# --- the extension's buffers, raw (ext_buffers.c): hostile ids, callbacks,
# pointers, and re-entry from their own callbacks
B=$H/own-ext-buffers.wasm
"$HOST" $B args >"$tmp/b" 2>&1
check "ext buffers: hostile arguments: the guest runs to the end" test $? -eq 0
while IFS='=' read -r what want; do
	check "ext buffers: $what: $want" grep -qx "$what: $want" "$tmp/b"
done <<'ANSWERS'
new on no object=-22
new on the runtime's fd 0=-9
new on a hash map=-22
new on a ring with pages=-22
new=0
poll of id 0=-9
poll of id 65=-9
add of a dead id=-9
add of fd 2=-9
free of id -1=-9
poll with a callback of the wrong type=-22
poll with a lost callback of the wrong type=-22
poll with table index 99999=-22
poll into memory's end=-14
free=0
free again=-9
ANSWERS
check "ext buffers: events delivered after the refusals" grep -q "^poll 2: events" "$tmp/b"
"$HOST" $B nested >"$tmp/b" 2>&1
check "ext buffers: poll, consume and add from the buffer's own callback are refused (EBUSY)" \
	test "$(grep -c "in its callback: -16$" "$tmp/b")" -eq 3
check "ext buffers: the outer polls go on" grep -q "^poll 2: events" "$tmp/b"
for m in free close; do
	"$HOST" $B $m >"$tmp/b" 2>&1
	check "ext buffers: $m in the callback: the guest runs to the end" test $? -eq 0
	check "ext buffers: $m in the callback: its poll returns the event it got" \
		grep -qx "poll 0: events calls=1" "$tmp/b"
	check "ext buffers: $m in the callback: the id is dead at once (EBADF)" \
		grep -qx "poll 1: -9 calls=1" "$tmp/b"
	valgrind --trace-children=yes --suppressions=valgrind.supp --error-exitcode=99 \
		--log-file="$tmp/vg-buf-$m" "$HOST" $B $m >/dev/null 2>&1
	check "ext buffers: $m in the callback under valgrind: 0 errors" \
		grep -q "ERROR SUMMARY: 0 errors" "$tmp/vg-buf-$m"
done
"$HOST" $B grow >"$tmp/b" 2>&1
check "ext buffers: 64 MiB malloc in the callback: polls go on" \
	test -n "$(grep -x "grew: 1" "$tmp/b")" -a -n "$(grep "^poll 2: events" "$tmp/b")"

# memory that cannot be reserved whole moves when it grows (mremap): still right
bash -c "ulimit -v 1500000 && exec $HOST $H/reent.wasm grow" >"$tmp/r" 2>&1
check "grow in the callback when memory moves (ulimit -v)" \
	test $? -eq 0 -a -n "$(grep -x "grew: yes" "$tmp/r")"

# --- garbage objects from a guest (obj_probe.c): checked by btf2hdr's
# bpf_obj_check, then parsed by libbpf, in a forked child; the runtime
# survives each, and none that is malformed reaches the host's libbpf
head -c 4096 /dev/urandom >"$tmp/random.o"
head -c 300 $OBJS/names.bpf.o >"$tmp/truncated.o"
: >"$tmp/empty.o"
# with the project's fuzz corpora of BPF objects, whatever they hold now
corpora=$(find ../../tests/sdk/fuzz/corpus ../../btf2hdr/tests/fuzz/corpus \
	../../bpftool-wasm/tests/fuzz/corpus -type f 2>/dev/null)
# (a corpus holds valid objects too: for those, only survival is asserted)
malformed="$OBJS/skel-*.bpf.o $tmp/random.o $tmp/truncated.o"
for f in $OBJS/*.o $malformed $corpora "$tmp/empty.o"; do
	"$HOST" $H/garbage.wasm host <"$f" >"$tmp/g.out" 2>"$tmp/g.err"
	rc=$?
	check "garbage object $(basename "$f"): the runtime survives" \
		test $rc -eq 0 -a -n "$(grep -xE "host load: [0-9]+" "$tmp/g.out")"
done
for f in $malformed; do
	"$HOST" $H/garbage.wasm host <"$f" >"$tmp/g.out" 2>"$tmp/g.err"
	check "malformed object $(basename "$f"): the load fails" grep -qx "host load: 0" "$tmp/g.out"
	check "malformed object $(basename "$f"): one line says why" \
		test "$(grep -c "^wasm-bpf: $H/garbage.wasm: wasm_load_bpf_object: object refused: " "$tmp/g.err")" -eq 1 \
		-a "$(wc -l <"$tmp/g.err")" -eq 1
done
check "an empty object: the load fails" grep -qx "host load: 0" \
	<<<"$("$HOST" $H/garbage.wasm host <"$tmp/empty.o" 2>/dev/null)"
"$HOST" $H/garbage.wasm host <$OBJS/skel-libbpf-segv.bpf.o >/dev/null 2>"$tmp/g.err"
check "skel-libbpf-segv.bpf.o is refused by the checker, before libbpf" \
	grep -q "object refused: section [0-9]* (.BTF): " "$tmp/g.err"
expect_exact "without the checker, libbpf's crash on it is contained: one line" 0 \
	"wasm-bpf: $H/garbage.wasm: wasm_load_bpf_object: object refused: libbpf crashed parsing it (Segmentation fault)" \
	env WASM_BPF_OBJCHECK=0 "$HOST" $H/garbage.wasm host <$OBJS/skel-libbpf-segv.bpf.o
WASM_BPF_QUIET=1 "$HOST" $H/garbage.wasm host <$OBJS/skel-libbpf-segv.bpf.o >/dev/null 2>"$tmp/g.err"
check "WASM_BPF_QUIET=1 silences the refusal" test ! -s "$tmp/g.err"
check "a valid object still loads" grep -qx "host load: 1" \
	<<<"$("$HOST" $H/garbage.wasm host <$OBJS/names.bpf.o 2>/dev/null)"

# --- the module parser and check on every input fuzzing kept, natively
# under ASan/UBSan (tests/fuzz/fuzz_module.c)
make -s -C .. fuzz-replay >"$tmp/replay" 2>&1
check "module parser: fuzz corpus and hostile modules replay cleanly" test $? -eq 0
grep -q "ERROR: \|runtime error" "$tmp/replay" && head -n 20 "$tmp/replay"
