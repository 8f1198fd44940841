;; (our own case) a data segment past the end of memory: traps while instantiating
(module
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (data (i32.const 65530) "0123456789")
 (func (export "_start"))
)
