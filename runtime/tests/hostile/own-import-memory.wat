;; (our own case) imports its memory instead of defining it
(module
 (import "wasi_snapshot_preview1" "memory" (memory 1))
 (table (export "__indirect_function_table") 1 funcref)
 (func (export "_start"))
)
