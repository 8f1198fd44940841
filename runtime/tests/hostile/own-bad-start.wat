;; (our own case) _start with a parameter: the host would call it with none
(module
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (func (export "_start") (param i32))
)
