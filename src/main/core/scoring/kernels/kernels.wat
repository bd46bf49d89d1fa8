;; Column kernels of the scoring engine: two rows at a time (f64x2). Each performs, per row, the
;; same IEEE operations in the same order as the JavaScript loop it stands for (composite.ts,
;; normalisers/min-max.ts), so results agree bit for bit. A skipped cell adds +0, which leaves a
;; sum unchanged (sums start at +0 and never become -0).
;;
;; Pointers are byte offsets into `memory`; `n` is a count of rows and always even (the caller
;; pads an odd block with one NaN row). Rebuild `kernels-wasm.ts` after a change:
;; `npm run build:kernels`.
(module
  (memory (export "memory") 1)

  ;; Lowest and highest non-NaN value of n rows at p, continuing from the pair at out (lo, hi).
  (func (export "bounds") (param $p i32) (param $n i32) (param $out i32)
    (local $lo v128) (local $hi v128) (local $v v128) (local $end i32)
    (local $a f64) (local $b f64) (local $x f64)
    (local.set $lo (f64x2.splat (f64.load (local.get $out))))
    (local.set $hi (f64x2.splat (f64.load offset=8 (local.get $out))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        ;; pmin(a, b) = b < a ? b : a: a NaN value never replaces the bound.
        (local.set $lo (f64x2.pmin (local.get $lo) (local.get $v)))
        (local.set $hi (f64x2.pmax (local.get $hi) (local.get $v)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.set $a (f64x2.extract_lane 0 (local.get $lo)))
    (local.set $x (f64x2.extract_lane 1 (local.get $lo)))
    (if (f64.lt (local.get $x) (local.get $a)) (then (local.set $a (local.get $x))))
    (local.set $b (f64x2.extract_lane 0 (local.get $hi)))
    (local.set $x (f64x2.extract_lane 1 (local.get $hi)))
    (if (f64.gt (local.get $x) (local.get $b)) (then (local.set $b (local.get $x))))
    (f64.store (local.get $out) (local.get $a))
    (f64.store offset=8 (local.get $out) (local.get $b)))

  ;; Min-max scores: x = (100 * (v - min)) / range, clamped to 0..100 (NaN stays NaN),
  ;; 100 - x when lower is better.
  (func (export "minmax") (param $src i32) (param $dst i32) (param $n i32)
    (param $min f64) (param $range f64) (param $lower i32)
    (local $v v128) (local $x v128) (local $end i32)
    (local $mins v128) (local $ranges v128) (local $hundred v128) (local $zero v128)
    (local.set $mins (f64x2.splat (local.get $min)))
    (local.set $ranges (f64x2.splat (local.get $range)))
    (local.set $hundred (f64x2.splat (f64.const 100)))
    (local.set $zero (f64x2.splat (f64.const 0)))
    (local.set $end (i32.add (local.get $src) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $v (v128.load (local.get $src)))
        (local.set $x
          (f64x2.div
            (f64x2.mul (local.get $hundred) (f64x2.sub (local.get $v) (local.get $mins)))
            (local.get $ranges)))
        (local.set $x
          (v128.bitselect (local.get $zero) (local.get $x)
            (f64x2.lt (local.get $x) (local.get $zero))))
        (local.set $x
          (v128.bitselect (local.get $hundred) (local.get $x)
            (f64x2.gt (local.get $x) (local.get $hundred))))
        (if (local.get $lower)
          (then (local.set $x (f64x2.sub (local.get $hundred) (local.get $x)))))
        (v128.store (local.get $dst) (local.get $x))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (br $next))))

  ;; A group's present-KPI weight sum and count: sum -= w and count -= 1 where the score is NaN.
  (func (export "gaps") (param $col i32) (param $sum i32) (param $count i32) (param $n i32)
    (param $w f64)
    (local $v v128) (local $m v128) (local $end i32) (local $ws v128) (local $ones v128)
    (local.set $ws (f64x2.splat (local.get $w)))
    (local.set $ones (f64x2.splat (f64.const 1)))
    (local.set $end (i32.add (local.get $col) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $col) (local.get $end)))
        (local.set $v (v128.load (local.get $col)))
        (local.set $m (f64x2.ne (local.get $v) (local.get $v)))
        (v128.store (local.get $sum)
          (f64x2.sub (v128.load (local.get $sum)) (v128.and (local.get $m) (local.get $ws))))
        (v128.store (local.get $count)
          (f64x2.sub (v128.load (local.get $count)) (v128.and (local.get $m) (local.get $ones))))
        (local.set $col (i32.add (local.get $col) (i32.const 16)))
        (local.set $sum (i32.add (local.get $sum) (i32.const 16)))
        (local.set $count (i32.add (local.get $count) (i32.const 16)))
        (br $next))))

  ;; The present groups' weight total: total += W where the group's count is above 0.
  (func (export "total") (param $count i32) (param $total i32) (param $n i32) (param $W f64)
    (local $end i32) (local $Ws v128) (local $zero v128)
    (local.set $Ws (f64x2.splat (local.get $W)))
    (local.set $zero (f64x2.splat (f64.const 0)))
    (local.set $end (i32.add (local.get $count) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $count) (local.get $end)))
        (v128.store (local.get $total)
          (f64x2.add (v128.load (local.get $total))
            (v128.and (local.get $Ws)
              (f64x2.gt (v128.load (local.get $count)) (local.get $zero)))))
        (local.set $count (i32.add (local.get $count) (i32.const 16)))
        (local.set $total (i32.add (local.get $total) (i32.const 16)))
        (br $next))))

  ;; A group's scale (W > 0): W / total / sum where its count and the total are above 0, else 0.
  (func (export "scale") (param $count i32) (param $sum i32) (param $total i32) (param $scale i32)
    (param $n i32) (param $W f64)
    (local $end i32) (local $Ws v128) (local $zero v128) (local $t v128) (local $m v128)
    (local.set $Ws (f64x2.splat (local.get $W)))
    (local.set $zero (f64x2.splat (f64.const 0)))
    (local.set $end (i32.add (local.get $count) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $count) (local.get $end)))
        (local.set $t (v128.load (local.get $total)))
        (local.set $m
          (v128.and
            (f64x2.gt (v128.load (local.get $count)) (local.get $zero))
            (f64x2.gt (local.get $t) (local.get $zero))))
        (v128.store (local.get $scale)
          (v128.and (local.get $m)
            (f64x2.div (f64x2.div (local.get $Ws) (local.get $t)) (v128.load (local.get $sum)))))
        (local.set $count (i32.add (local.get $count) (i32.const 16)))
        (local.set $sum (i32.add (local.get $sum) (i32.const 16)))
        (local.set $total (i32.add (local.get $total) (i32.const 16)))
        (local.set $scale (i32.add (local.get $scale) (i32.const 16)))
        (br $next))))

  ;; One KPI column (weight w > 0) into the composite: composite += scale * w * s where s is not
  ;; NaN and scale > 0. With acc (not 0): acc += w * s where s is not NaN. With contrib (not 0):
  ;; contrib = scale * w * s where that is added.
  (func (export "accumulate") (param $col i32) (param $scale i32) (param $composite i32)
    (param $acc i32) (param $contrib i32) (param $n i32) (param $w f64)
    (local $end i32) (local $ws v128) (local $zero v128) (local $s v128) (local $f v128)
    (local $present v128) (local $m v128) (local $c v128)
    (local.set $ws (f64x2.splat (local.get $w)))
    (local.set $zero (f64x2.splat (f64.const 0)))
    (local.set $end (i32.add (local.get $col) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $col) (local.get $end)))
        (local.set $s (v128.load (local.get $col)))
        (local.set $f (v128.load (local.get $scale)))
        (local.set $present (f64x2.eq (local.get $s) (local.get $s)))
        (local.set $m
          (v128.and (local.get $present) (f64x2.gt (local.get $f) (local.get $zero))))
        (local.set $c (f64x2.mul (f64x2.mul (local.get $f) (local.get $ws)) (local.get $s)))
        (v128.store (local.get $composite)
          (f64x2.add (v128.load (local.get $composite)) (v128.and (local.get $m) (local.get $c))))
        (if (local.get $acc)
          (then
            (v128.store (local.get $acc)
              (f64x2.add (v128.load (local.get $acc))
                (v128.and (local.get $present)
                  (f64x2.mul (local.get $ws) (local.get $s)))))
            (local.set $acc (i32.add (local.get $acc) (i32.const 16)))))
        (if (local.get $contrib)
          (then
            (v128.store (local.get $contrib)
              (v128.bitselect (local.get $c) (v128.load (local.get $contrib)) (local.get $m)))
            (local.set $contrib (i32.add (local.get $contrib) (i32.const 16)))))
        (local.set $col (i32.add (local.get $col) (i32.const 16)))
        (local.set $scale (i32.add (local.get $scale) (i32.const 16)))
        (local.set $composite (i32.add (local.get $composite) (i32.const 16)))
        (br $next))))
)
