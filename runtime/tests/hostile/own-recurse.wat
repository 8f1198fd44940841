;; (our own case) unbounded recursion with the smallest frames: the guest's
;; native stack runs out (guest_stack.c), a trap, not a crash
(module
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (func $f (param i32) (result i32) (i32.add (call $f (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
 (func (export "_start") (drop (call $f (i32.const 0))))
)
