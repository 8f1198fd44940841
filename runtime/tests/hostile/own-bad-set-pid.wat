;; (our own case) a wasm_bpf_set_pid export the host would call with the wrong C type
(module
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (func (export "wasm_bpf_set_pid") (param i32) (result i32) (i32.const 0))
 (func (export "_start"))
)
