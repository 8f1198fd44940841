;; (our own case) an imported function in a table through an element
;; segment: wasm2c 1.0.32 would hand the import a pointer into the guest's
;; instance as the host's state. Refused before anything runs.
(module
 (import "wasm_bpf" "wasm_close_bpf_object" (func $close (param i64) (result i32)))
 (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
 (type $t (func (param i64) (result i32)))
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 2 funcref)
 (elem (i32.const 1) func $close)
 (func (export "_start")
  (drop (call_indirect (type $t) (i64.const 1) (i32.const 1)))
  (call $exit (i32.const 0)))
)
