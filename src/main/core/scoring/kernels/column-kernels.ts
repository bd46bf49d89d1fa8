/**
 * The scoring engine's column kernels in WebAssembly (`kernels.wat`): min–max bounds and scores,
 * and the single-profile composite pass. They run the same IEEE operations per row as the
 * JavaScript loops they replace, two rows at a time, so results are bit-identical; the engine
 * falls back to its JavaScript loops where WebAssembly SIMD is unavailable or when kernels are
 * switched off (`PARTNERSCOPE_KERNELS=js`, or `setColumnKernels(false)` in tests).
 *
 * Columns are copied into the kernels' memory and results copied out (a copy costs a small
 * fraction of a pass); the memory grows to the largest block asked for and is reused.
 */
import { KERNELS_WASM_BASE64 } from './kernels-wasm';

/** The part of the WebAssembly API used here (the Node type set of this project omits it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

interface KernelExports {
  memory: WasmMemory;
  bounds(p: number, n: number, out: number): void;
  minmax(src: number, dst: number, n: number, min: number, range: number, lower: number): void;
  gaps(col: number, sum: number, count: number, n: number, w: number): void;
  total(count: number, total: number, n: number, W: number): void;
  scale(count: number, sum: number, total: number, scale: number, n: number, W: number): void;
  accumulate(
    col: number,
    scale: number,
    composite: number,
    acc: number,
    contrib: number,
    n: number,
    w: number,
  ): void;
}

export class ColumnKernels {
  readonly fn: KernelExports;
  /** The memory as doubles; replaced when the memory grows. */
  private view: Float64Array;

  constructor(exports: KernelExports) {
    this.fn = exports;
    this.view = new Float64Array(exports.memory.buffer);
  }

  /** The memory as doubles, at least `doubles` long (offsets below are in doubles). */
  f64(doubles: number): Float64Array {
    const bytes = doubles * 8;
    const memory = this.fn.memory;
    if (memory.buffer.byteLength < bytes) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    }
    if (this.view.buffer !== memory.buffer) this.view = new Float64Array(memory.buffer);
    return this.view;
  }

  /** Copies `n` values of `column` to `at` (doubles), with a NaN after an odd count; the padded count. */
  put(f64: Float64Array, at: number, column: Float64Array, from: number, n: number): number {
    f64.set(from === 0 && n === column.length ? column : column.subarray(from, from + n), at);
    if (n & 1) f64[at + n] = NaN;
    return (n + 1) & ~1;
  }
}

let cached: ColumnKernels | null | undefined;
let enabled = process.env.PARTNERSCOPE_KERNELS !== 'js';

function instantiate(): ColumnKernels | null {
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    const bytes = Buffer.from(KERNELS_WASM_BASE64, 'base64');
    if (!wasm?.validate(bytes)) return null;
    const instance = new wasm.Instance(new wasm.Module(bytes), {});
    return new ColumnKernels(instance.exports as unknown as KernelExports);
  } catch {
    return null;
  }
}

/** The kernels, or null: use the JavaScript loops. */
export function columnKernels(): ColumnKernels | null {
  if (!enabled) return null;
  if (cached === undefined) cached = instantiate();
  return cached;
}

/** Switches the kernels on or off (tests compare both paths); returns the previous setting. */
export function setColumnKernels(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
