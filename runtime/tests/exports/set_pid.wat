;; The runtime tells a guest its pid through the wasm_bpf_set_pid export
;; (the SDK's <unistd.h> has it for getpid()), before _start: _start exits
;; with the pid it was given, modulo 100, for the test to compare with $!.
(module
 (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (global $pid (mut i32) (i32.const -1))
 (func (export "wasm_bpf_set_pid") (param $p i32) (global.set $pid (local.get $p)))
 (func (export "_start")
  ;; never told: exit 111
  (if (i32.eq (global.get $pid) (i32.const -1)) (then (call $proc_exit (i32.const 111))))
  (call $proc_exit (i32.rem_u (global.get $pid) (i32.const 100))))
)
