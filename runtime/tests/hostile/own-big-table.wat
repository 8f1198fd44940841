;; (our own case) a table of 2^28 entries: 4 GiB of host memory
(module
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 268435456 funcref)
 (func (export "_start"))
)
