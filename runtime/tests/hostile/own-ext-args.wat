;; (our own case) the extension imports with hostile arguments: link ids
;; never given out, handles never given out, pointers past the end of
;; memory. Each must answer with its errno (-EBADF 9, -EINVAL 22); the
;; module exits with the number of the first wrong answer, 0 when all
;; are right.
(module
 (import "wasm_bpf_ext_v1" "link_destroy" (func $destroy (param i32) (result i32)))
 (import "wasm_bpf_ext_v1" "link_fd" (func $fd (param i32) (result i32)))
 (import "wasm_bpf_ext_v1" "link_pin" (func $pin (param i32 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "link_unpin" (func $unpin (param i32) (result i32)))
 (import "wasm_bpf_ext_v1" "attach" (func $attach (param i64 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "attach_uprobe"
  (func $uprobe (param i64 i32 i32 i32 i64 i32 i32 i64 i64) (result i32)))
 (import "wasm_bpf_ext_v1" "attach_tracepoint"
  (func $tp (param i64 i32 i32 i32 i64) (result i32)))
 (import "wasm_bpf_ext_v1" "perf_event_open"
  (func $peo (param i32 i32 i32 i32 i32 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "perf_event_close" (func $pclose (param i32) (result i32)))
 (import "wasm_bpf_ext_v1" "attach_perf_event" (func $ape (param i64 i32 i32 i64) (result i32)))
 (import "wasm_bpf_ext_v1" "tc_attach" (func $tca (param i32 i32 i32 i32 i32 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "tc_hook_create" (func $tch (param i32 i32 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "program_fd" (func $pfd (param i64 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "iter_create" (func $iter (param i32) (result i32)))
 (import "wasm_bpf_ext_v1" "attach_iter" (func $aiter (param i64 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "attach_cgroup" (func $acg (param i64 i32 i32) (result i32)))
 (import "wasm_bpf_ext_v1" "program_link" (func $plink (param i64 i32) (result i32)))
 (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
 (memory (export "memory") 1)
 (table (export "__indirect_function_table") 1 funcref)
 (data (i32.const 16) "prog\00")
 (func $expect (param $got i32) (param $want i32) (param $case i32)
  (if (i32.ne (local.get $got) (local.get $want)) (then (call $exit (local.get $case)))))
 (func (export "_start")
  (call $expect (call $destroy (i32.const 0)) (i32.const -9) (i32.const 1))
  (call $expect (call $destroy (i32.const 999999)) (i32.const -9) (i32.const 2))
  (call $expect (call $destroy (i32.const -1)) (i32.const -9) (i32.const 3))
  (call $expect (call $fd (i32.const 7)) (i32.const -9) (i32.const 4))
  (call $expect (call $pin (i32.const 1) (i32.const 0xfffffff0)) (i32.const -9) (i32.const 5))
  (call $expect (call $unpin (i32.const 256)) (i32.const -9) (i32.const 6))
  ;; no object was ever loaded: handle 1 is nobody's
  (call $expect (call $attach (i64.const 1) (i32.const 16)) (i32.const -22) (i32.const 7))
  (call $expect (call $attach (i64.const -1) (i32.const 0xffffffff)) (i32.const -22) (i32.const 8))
  (call $expect (call $uprobe (i64.const 1) (i32.const 16) (i32.const -1) (i32.const 0x10000)
                  (i64.const 0) (i32.const 0) (i32.const 0) (i64.const 0) (i64.const 0))
                (i32.const -22) (i32.const 9))
  (call $expect (call $tp (i64.const 0) (i32.const 0xffff) (i32.const 16) (i32.const 16)
                  (i64.const 0)) (i32.const -22) (i32.const 10))
  ;; perf events: sizes too small, too large, past memory, a size field
  ;; larger than the buffer; fds the runtime holds but did not open for
  ;; the guest (0, 1, 2) must not be closed or attached
  (call $expect (call $peo (i32.const 0) (i32.const 8) (i32.const -1) (i32.const 0)
                  (i32.const -1) (i32.const 0)) (i32.const -22) (i32.const 11))
  (call $expect (call $peo (i32.const 0) (i32.const 8192) (i32.const -1) (i32.const 0)
                  (i32.const -1) (i32.const 0)) (i32.const -22) (i32.const 12))
  (call $expect (call $peo (i32.const 0xffffff00) (i32.const 128) (i32.const -1) (i32.const 0)
                  (i32.const -1) (i32.const 0)) (i32.const -22) (i32.const 13))
  (i32.store (i32.const 260) (i32.const 4000))	;; attr.size at offset 4 of attr at 256
  (call $expect (call $peo (i32.const 256) (i32.const 128) (i32.const -1) (i32.const 0)
                  (i32.const -1) (i32.const 0)) (i32.const -22) (i32.const 14))
  (call $expect (call $peo (i32.const 1024) (i32.const 128) (i32.const -1) (i32.const 0)
                  (i32.const 2) (i32.const 0)) (i32.const -9) (i32.const 15))
  (call $expect (call $pclose (i32.const 0)) (i32.const -9) (i32.const 16))
  (call $expect (call $pclose (i32.const 2)) (i32.const -9) (i32.const 17))
  (call $expect (call $ape (i64.const 1) (i32.const 16) (i32.const 1) (i64.const 0))
                (i32.const -22) (i32.const 18))
  ;; tc: only fds of the guest's own programs; ids inside memory; a known point
  (call $expect (call $tca (i32.const 1) (i32.const 1) (i32.const 0) (i32.const 0)
                  (i32.const 0) (i32.const 512)) (i32.const -9) (i32.const 19))
  (call $expect (call $tca (i32.const 1) (i32.const 1) (i32.const 0) (i32.const 3)
                  (i32.const 0) (i32.const 0xfffffffc)) (i32.const -22) (i32.const 20))
  (call $expect (call $tch (i32.const 1) (i32.const 99) (i32.const 0)) (i32.const -22) (i32.const 21))
  (call $expect (call $pfd (i64.const 1) (i32.const 16)) (i32.const -22) (i32.const 22))
  ;; iterators: only link fds of the guest's links (0, 1, 2 are the runtime's)
  (call $expect (call $iter (i32.const 0)) (i32.const -9) (i32.const 23))
  (call $expect (call $iter (i32.const -1)) (i32.const -9) (i32.const 24))
  (call $expect (call $aiter (i64.const 7) (i32.const 16)) (i32.const -22) (i32.const 25))
  (call $expect (call $acg (i64.const 5) (i32.const 16) (i32.const 0)) (i32.const -22) (i32.const 26))
;; a skeleton link to take over: only of the guest's own objects
  (call $expect (call $plink (i64.const 1) (i32.const 16)) (i32.const -22) (i32.const 27))
  (call $expect (call $plink (i64.const 1) (i32.const 0xfffffffe)) (i32.const -22) (i32.const 28))
  (call $exit (i32.const 0)))
)
