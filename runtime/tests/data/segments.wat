;; Data segments as the host loads them (data_segments.c, host_main.c):
;; active ones in order (the second overwrites part of the first), one that
;; ends exactly at the end of memory, and a passive one that memory.init
;; copies (it stays compiled). _start writes all three regions to stdout:
;; "active-TWO\npassive\nedge!\n".
(module
 (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (data (i32.const 1024) "active-one\n")
 (data (i32.const 1031) "TWO")
 (data $passive "passive\n")
 (data (i32.const 65530) "edge!\n")
 ;; three iovecs at 256: (1024, 11), (2048, 8), (65530, 6)
 (data (i32.const 256) "\00\04\00\00\0b\00\00\00\00\08\00\00\08\00\00\00\fa\ff\00\00\06\00\00\00")
 (func (export "_start")
  (memory.init $passive (i32.const 2048) (i32.const 0) (i32.const 8))
  (data.drop $passive)
  (drop (call $fd_write (i32.const 1) (i32.const 256) (i32.const 3) (i32.const 512))))
)
