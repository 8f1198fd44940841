;; (our own case) a start function: wasm2c 1.0.32 would never run it
(module
 (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (func $init (call $exit (i32.const 9)))
 (start $init)
 (func (export "_start"))
)
