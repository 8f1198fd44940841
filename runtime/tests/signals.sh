# Sourced by run.sh: SIGINT and SIGTERM reach guests as they reach native
# programs. Uses run.sh's $HOST, $tmp and the harness.

# start_guest NAME MODULE [ARGS]: runs it in the background, output in
# $tmp/NAME; $gpid is its pid. Waits until the module printed something.
start_guest() {
	local name=$1
	shift
	"$HOST" "$@" >"$tmp/$name" 2>&1 &
	gpid=$!
	wait_for "$tmp/$name" . 60 || fail "$name" "did not start: $(cat "$tmp/$name")"
}

# stopped_within NAME SECONDS: true when $gpid has exited by then; its
# status in $grc. A guest that outlives the limit is killed and fails.
stopped_within() {
	local tries=$(( $2 * 10 ))
	while (( tries-- > 0 )); do
		if ! kill -0 "$gpid" 2>/dev/null; then
			wait "$gpid"
			grc=$?
			return 0
		fi
		sleep 0.1
	done
	kill -9 "$gpid" 2>/dev/null
	wait "$gpid" 2>/dev/null
	grc=timeout
	return 1
}

# --- no handler: the signal's default action, at once (libbpf-bootstrap's
# minimal: for (;;) { fprintf(stderr, "."); sleep(1); })
start_guest minimal signals/minimal.wasm
sleep 0.5
kill -INT "$gpid"
stopped_within minimal 3
check "minimal: SIGINT ends it (killed by SIGINT: 130)" test "$grc" = 130
dots=$(tr -cd . <"$tmp/minimal" | wc -c)
check "minimal: no sleep came back early (at most 3 dots, got $dots)" test "$dots" -le 3

start_guest spin signals/spin.wasm
kill -TERM "$gpid"
stopped_within spin 3
check "a busy loop without handlers dies of the first SIGTERM (143)" test "$grc" = 143

start_guest wasi-sleep wasi_guest.wasm sleep
kill -INT "$gpid"
stopped_within wasi-sleep 3
check "a guest that never included <signal.h> dies of SIGINT in a sleep (130)" test "$grc" = 130

# --- a handler: it runs, the sleep it interrupted ends, the loop exits
for sig in INT TERM; do
	start_guest sigflag-$sig signals/sigflag.wasm
	sleep 0.3
	kill -$sig "$gpid"
	stopped_within sigflag-$sig 3
	check "SIG$sig: the guest's handler runs, main returns 0" test "$grc" = 0
	check "SIG$sig: the flag it set ends the loop" grep -qx "handler ran, n=[0-9]" "$tmp/sigflag-$sig"
done

# the signal is delivered once: later sleeps are full length again
start_guest sigcount signals/sigcount.wasm
sleep 0.5
kill -INT "$gpid"
wait_for "$tmp/sigcount" "hits=1" 3
sleep 1
kill -INT "$gpid"
stopped_within sigcount 3
check "two SIGINTs, the handler ran twice" grep -qx "done hits=2" "$tmp/sigcount"
check "the interrupted sleep returned early, with an error" grep -qE "^sleep r=-1 ms=[0-9]+ hits=1$" "$tmp/sigcount"
full=$(grep -cE "^sleep r=0 ms=(29[5-9]|3[0-9][0-9]) hits=1$" "$tmp/sigcount")
check "after the first SIGINT, sleeps take their full 300 ms again ($full of them)" test "$full" -ge 2

# SIG_IGN: the sleep goes on; a handled SIGTERM then ends the guest
start_guest sigign signals/sigign.wasm
sleep 0.3
kill -INT "$gpid"
wait_for "$tmp/sigign" "first sleep" 5
check "an ignored SIGINT does not cut the sleep (1.5 s)" grep -qE "^first sleep r=0 ms=1(4[5-9][0-9]|[5-9][0-9][0-9])$" "$tmp/sigign"
kill -TERM "$gpid"
stopped_within sigign 3
check "SIGTERM's handler then ends it (exit 0)" test "$grc" = 0 -a -n "$(grep -x "terminated by handler" "$tmp/sigign")"

# a handler, but a loop that never calls the host: Wasm code cannot be
# preempted, so the second signal ends it, with one line saying why
start_guest sigbusy signals/sigbusy.wasm
kill -INT "$gpid"
sleep 0.3
check "a busy guest with a handler survives one SIGINT" kill -0 "$gpid"
kill -INT "$gpid"
stopped_within sigbusy 3
check "the second SIGINT ends it (130)" test "$grc" = 130
check "with one line saying why" grep -q "a second signal before the guest called the host" "$tmp/sigbusy"

# --- sigaction(): SA_SIGINFO gets its siginfo_t; SA_RESETHAND lets a second
# signal during cleanup end the guest
start_guest sigaction-info signals/sigaction.wasm siginfo
kill -TERM "$gpid"
stopped_within sigaction-info 3
check "sigaction SA_SIGINFO: the handler runs, main returns 0" test "$grc" = 0
check "sigaction SA_SIGINFO: si_signo 15, si_code SI_USER" \
	grep -qx "handler: signo=15 code=0" "$tmp/sigaction-info"
check "sigaction: the old action reads back" grep -qx "old action matches=1" "$tmp/sigaction-info"
check "sigaction: sa_mask keeps what sigaddset put in it" \
	grep -qx "mask has SIGHUP=1 SIGINT=0" "$tmp/sigaction-info"
check "sigaction: SIGKILL is refused with EINVAL" grep -qx "SIGKILL refused=1" "$tmp/sigaction-info"
start_guest sigaction-reset signals/sigaction.wasm resethand
kill -INT "$gpid"
wait_for "$tmp/sigaction-reset" "first signal handled: 2" 3
check "SA_RESETHAND: the first SIGINT runs the handler" \
	grep -qx "first signal handled: 2" "$tmp/sigaction-reset"
kill -INT "$gpid"
stopped_within sigaction-reset 2
check "SA_RESETHAND: a second SIGINT during cleanup ends it (130), within 1 s" test "$grc" = 130
check "SA_RESETHAND: the cleanup did not finish" \
	bash -c '! grep -q "cleanup finished" "$1"' _ "$tmp/sigaction-reset"

# --- interrupted sleeps return what they return natively
start_guest sleepleft signals/sleepleft.wasm
for line in "nanosleep r=" "sleep left=" "usleep r="; do
	sleep 1
	kill -INT "$gpid"
	wait_for "$tmp/sleepleft" "$line" 3
done
stopped_within sleepleft 3
ms=$(sed -n 's/^nanosleep r=-1 eintr=1 rem_ms=//p' "$tmp/sleepleft")
check "nanosleep: -1, EINTR, about 2 s left in rem (${ms:-none} ms)" \
	test "${ms:-0}" -ge 1000 -a "${ms:-9999}" -le 2900
check "sleep(3) interrupted after 1 s: 2 seconds left" grep -qx "sleep left=2" "$tmp/sleepleft"
check "usleep: -1, EINTR" grep -qx "usleep r=-1 eintr=1" "$tmp/sleepleft"
check "and the guest then exits normally" test "$grc" = 0

# --- a blocked read ends with EINTR, however close to it the signal comes:
# the signal is unblocked only inside the host's wait (ppoll), so one that
# lands between the host's check and the wait still ends it. Many tries at
# different moments: a read that outlives its signal fails the test.
mkfifo "$tmp/never"
exec 3<>"$tmp/never"	# opened for writing too: no data, never EOF
late=0
for i in $(seq 0 24); do
	"$HOST" signals/sigread.wasm <&3 >"$tmp/sigread" 2>&1 &
	gpid=$!
	wait_for "$tmp/sigread" waiting 60
	sleep "0.00$((i % 10))"
	kill -INT "$gpid"
	stopped_within sigread 2 && [[ $grc == 0 ]] || late=$((late + 1))
done
exec 3>&-
check "read(0): 25 SIGINTs at different moments, each ends the read with EINTR (late: $late)" test "$late" -eq 0
grep -qx "read=-1 Interrupted system call flag=1" "$tmp/sigread"
check "read(0): returns -1 with EINTR after the handler ran" test $? -eq 0
