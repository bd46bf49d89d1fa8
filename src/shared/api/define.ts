import type { z } from 'zod';

/**
 * One API method: a zod schema for its input (checked at run time by the dispatcher) and a
 * phantom output type (checked at compile time on both sides of the transport).
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly summary: string;
  /** Never set: carries the output type. */
  readonly __output?: O;
}

/** `method<Output>()(inputSchema, 'what it does')` — the curried form lets TS infer the input. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodSpec<I, O> => ({ input, summary });
}

export type MethodMap = Record<string, MethodSpec>;
