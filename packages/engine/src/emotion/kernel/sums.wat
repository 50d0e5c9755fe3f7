;; Rapport's scoring kernel in WebAssembly SIMD: sums of int8 weight rows per token (the first
;; layer) and the second layer's mix.
;;
;; Why: the first layer reads ~125 hashed features × 39 outputs per message, and V8 neither
;; vectorises JavaScript loops nor overlaps their cache misses well. Here one feature is five
;; 8-byte loads, each widened to eight 16-bit lanes as it loads, and five 8-lane additions.
;;
;; Layout (all offsets in bytes, 16-aligned, chosen by the caller):
;;   weights  rows of 40 int8 (39 outputs, zero-padded), row b at weights + 40 b
;;   buckets  n u32 feature buckets; tokens: n i32, the token each feature came from (-1: none),
;;            features of one token adjacent
;;   out      i32 rows of 48, zeroed by the caller: row t + 1 gets token t's sums (first 40 lanes),
;;            row 0 the rest
;;   total    one i32 row of 48, zeroed by the caller: the sums of all features
;; Sums run in 16-bit lanes for at most 256 features (256 × 127 < 2^15), then widen into out.
;;
;; spread: copies `rows` rows of `width` bytes at src to rows of 40 bytes at dst (the weights
;; arrive packed; the caller zeroed dst's padding). One bulk copy per row: loading the model
;; pays for this, not each message.
;;
;; mix: the second layer (stacker.ts), out[o] = Σ_i w[o][i] x[i] for o in from..to-1, f64, rows of
;; `width` (a multiple of 4) doubles; the caller puts 1 in x where a row holds its bias.
;; Regenerate sums-wasm.ts after editing: npm run build:kernel -w @rapport/engine
(module
  (memory (export "memory") 1)
  (func (export "sumByToken")
    (param $weights i32) (param $buckets i32) (param $tokens i32) (param $n i32) (param $out i32)
    (param $total i32)
    (local $f i32) (local $t i32) (local $run i32) (local $row i32) (local $dst i32) (local $wide v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128)
    
    (block $done
      (loop $runs
        (br_if $done (i32.ge_u (local.get $f) (local.get $n)))
        (local.set $t (i32.load (i32.add (local.get $tokens) (i32.shl (local.get $f) (i32.const 2)))))
        (local.set $run (i32.const 0))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $a2 (v128.const i64x2 0 0))
        (local.set $a3 (v128.const i64x2 0 0))
        (local.set $a4 (v128.const i64x2 0 0))
        (loop $features
          (local.set $row (i32.add (local.get $weights)
            (i32.mul (i32.load (i32.add (local.get $buckets) (i32.shl (local.get $f) (i32.const 2))))
              (i32.const 40))))
          (local.set $a0 (i16x8.add (local.get $a0) (v128.load8x8_s offset=0 (local.get $row))))
          (local.set $a1 (i16x8.add (local.get $a1) (v128.load8x8_s offset=8 (local.get $row))))
          (local.set $a2 (i16x8.add (local.get $a2) (v128.load8x8_s offset=16 (local.get $row))))
          (local.set $a3 (i16x8.add (local.get $a3) (v128.load8x8_s offset=24 (local.get $row))))
          (local.set $a4 (i16x8.add (local.get $a4) (v128.load8x8_s offset=32 (local.get $row))))
          (local.set $f (i32.add (local.get $f) (i32.const 1)))
          (local.set $run (i32.add (local.get $run) (i32.const 1)))
          (br_if $features
            (i32.and
              (i32.and (i32.lt_u (local.get $f) (local.get $n)) (i32.lt_u (local.get $run) (i32.const 256)))
              (i32.eq (local.get $t)
                (i32.load (i32.add (local.get $tokens) (i32.shl (local.get $f) (i32.const 2))))))))
        (local.set $dst (i32.add (local.get $out)
          (i32.mul (i32.add (local.get $t) (i32.const 1)) (i32.const 192))))
        (local.set $wide (i32x4.extend_low_i16x8_s (local.get $a0)))
        (v128.store offset=0 (local.get $dst)
          (i32x4.add (v128.load offset=0 (local.get $dst)) (local.get $wide)))
        (v128.store offset=0 (local.get $total)
          (i32x4.add (v128.load offset=0 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_high_i16x8_s (local.get $a0)))
        (v128.store offset=16 (local.get $dst)
          (i32x4.add (v128.load offset=16 (local.get $dst)) (local.get $wide)))
        (v128.store offset=16 (local.get $total)
          (i32x4.add (v128.load offset=16 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_low_i16x8_s (local.get $a1)))
        (v128.store offset=32 (local.get $dst)
          (i32x4.add (v128.load offset=32 (local.get $dst)) (local.get $wide)))
        (v128.store offset=32 (local.get $total)
          (i32x4.add (v128.load offset=32 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_high_i16x8_s (local.get $a1)))
        (v128.store offset=48 (local.get $dst)
          (i32x4.add (v128.load offset=48 (local.get $dst)) (local.get $wide)))
        (v128.store offset=48 (local.get $total)
          (i32x4.add (v128.load offset=48 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_low_i16x8_s (local.get $a2)))
        (v128.store offset=64 (local.get $dst)
          (i32x4.add (v128.load offset=64 (local.get $dst)) (local.get $wide)))
        (v128.store offset=64 (local.get $total)
          (i32x4.add (v128.load offset=64 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_high_i16x8_s (local.get $a2)))
        (v128.store offset=80 (local.get $dst)
          (i32x4.add (v128.load offset=80 (local.get $dst)) (local.get $wide)))
        (v128.store offset=80 (local.get $total)
          (i32x4.add (v128.load offset=80 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_low_i16x8_s (local.get $a3)))
        (v128.store offset=96 (local.get $dst)
          (i32x4.add (v128.load offset=96 (local.get $dst)) (local.get $wide)))
        (v128.store offset=96 (local.get $total)
          (i32x4.add (v128.load offset=96 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_high_i16x8_s (local.get $a3)))
        (v128.store offset=112 (local.get $dst)
          (i32x4.add (v128.load offset=112 (local.get $dst)) (local.get $wide)))
        (v128.store offset=112 (local.get $total)
          (i32x4.add (v128.load offset=112 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_low_i16x8_s (local.get $a4)))
        (v128.store offset=128 (local.get $dst)
          (i32x4.add (v128.load offset=128 (local.get $dst)) (local.get $wide)))
        (v128.store offset=128 (local.get $total)
          (i32x4.add (v128.load offset=128 (local.get $total)) (local.get $wide)))
        (local.set $wide (i32x4.extend_high_i16x8_s (local.get $a4)))
        (v128.store offset=144 (local.get $dst)
          (i32x4.add (v128.load offset=144 (local.get $dst)) (local.get $wide)))
        (v128.store offset=144 (local.get $total)
          (i32x4.add (v128.load offset=144 (local.get $total)) (local.get $wide)))
        (br $runs))))
  (func (export "mix")
    (param $w i32) (param $x i32) (param $width i32) (param $out i32) (param $from i32) (param $to i32)
    (local $o i32) (local $i i32) (local $row i32) (local $at i32) (local $s0 v128) (local $s1 v128)
    (local.set $o (local.get $from))
    (block $done
      (loop $outputs
        (br_if $done (i32.ge_u (local.get $o) (local.get $to)))
        (local.set $row (i32.add (local.get $w) (i32.mul (local.get $o) (i32.shl (local.get $width) (i32.const 3)))))
        (local.set $s0 (v128.const i64x2 0 0))
        (local.set $s1 (v128.const i64x2 0 0))
        (local.set $i (i32.const 0))
        (loop $inputs
          (local.set $at (i32.shl (local.get $i) (i32.const 3)))
          (local.set $s0 (f64x2.add (local.get $s0)
            (f64x2.mul (v128.load (i32.add (local.get $row) (local.get $at)))
              (v128.load (i32.add (local.get $x) (local.get $at))))))
          (local.set $s1 (f64x2.add (local.get $s1)
            (f64x2.mul (v128.load offset=16 (i32.add (local.get $row) (local.get $at)))
              (v128.load offset=16 (i32.add (local.get $x) (local.get $at))))))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $inputs (i32.lt_u (local.get $i) (local.get $width))))
        (local.set $s0 (f64x2.add (local.get $s0) (local.get $s1)))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $o) (i32.const 3)))
          (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (br $outputs))))
  (func (export "spread") (param $src i32) (param $rows i32) (param $width i32) (param $dst i32)
    (local $r i32)
    (block $done
      (loop $copy
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (memory.copy
          (i32.add (local.get $dst) (i32.mul (local.get $r) (i32.const 40)))
          (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $width)))
          (local.get $width))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $copy)))))
