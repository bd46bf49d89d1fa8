import type { z } from 'zod';

/**
 * What a write changes, in a small vocabulary shared by the contract, the dispatcher's change
 * event and the renderer's queries. `data` is the scoring data (partners, periods, measures,
 * values, targets, deal registrations); the others are one domain's own stored state each.
 */
export const WRITE_TOPICS = [
  'workspace',
  'data',
  'settings',
  'imports',
  'methodology',
  'views',
  'qbr',
  'scenarios',
  'benchmark',
  'risks',
  'alerts',
  'mdf',
  'disputes',
  'improvement',
  'governance',
  'signals',
  'reviews',
] as const;
export type WriteTopic = (typeof WRITE_TOPICS)[number];

/** Topics a method writes: fixed, or computed from its validated arguments. */
export type WritesDeclaration<I extends z.ZodType = z.ZodType> =
  readonly WriteTopic[] | ((args: z.output<I>) => readonly WriteTopic[]);

/**
 * One API method: a zod schema for its input (checked at run time by the dispatcher), a phantom
 * output type (checked at compile time on both sides of the transport) and what it writes (reads
 * declare nothing).
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly summary: string;
  readonly writes: WritesDeclaration<I>;
  /** Never set: carries the output type. */
  readonly __output?: O;
}

/**
 * `method<Output>()(inputSchema, 'what it does')` for a read, `…, { writes: ['views'] })` for a
 * write — the curried form lets TS infer the input.
 */
export function method<O>() {
  return <I extends z.ZodType>(
    input: I,
    summary: string,
    options: { writes?: WritesDeclaration<I> } = {},
  ): MethodSpec<I, O> => ({ input, summary, writes: options.writes ?? [] });
}

/** The topics one call of a method wrote (empty for a read). */
export function writtenTopics(spec: MethodSpec, args: unknown): readonly WriteTopic[] {
  return typeof spec.writes === 'function' ? spec.writes(args) : spec.writes;
}

export type MethodMap = Record<string, MethodSpec>;
