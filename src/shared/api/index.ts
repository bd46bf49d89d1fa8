import type { z } from 'zod';
import type { MethodSpec } from './define';
import { workspaceApi } from './workspace';
import { importApi } from './import';
import { scoringApi } from './scoring';
import { viewsApi } from './views';
import { qbrApi } from './qbr';
import { exportApi } from './export';
import { benchmarkApi } from './benchmark';
import { risksApi } from './risks';
import { alertsApi } from './alerts';
import { scenariosApi } from './scenarios';
import { mdfApi } from './mdf';
import { disputesApi } from './disputes';
import { digestApi } from './digest';
import { improvementApi } from './improvement';
import { diagnosticsApi } from './diagnostics';
import { governanceApi } from './governance';
import { signalsApi } from './signals';
import { reviewsApi } from './reviews';

/** The whole API: one map merged from every domain's map. */
export const api = {
  ...workspaceApi,
  ...importApi,
  ...scoringApi,
  ...viewsApi,
  ...qbrApi,
  ...exportApi,
  ...benchmarkApi,
  ...risksApi,
  ...alertsApi,
  ...scenariosApi,
  ...mdfApi,
  ...disputesApi,
  ...digestApi,
  ...improvementApi,
  ...diagnosticsApi,
  ...governanceApi,
  ...signalsApi,
  ...reviewsApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<K extends MethodName> = z.input<Api[K]['input']>;
export type MethodArgs<K extends MethodName> = z.output<Api[K]['input']>;
export type MethodOutput<K extends MethodName> =
  Api[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export * from './define';
export * from './events';
export * from './workspace';
export * from './import';
export * from './scoring';
export * from './views';
export * from './qbr';
export * from './export';
export * from './benchmark';
export * from './risks';
export * from './alerts';
export * from './scenarios';
export * from './mdf';
export * from './disputes';
export * from './digest';
export * from './improvement';
export * from './diagnostics';
export * from './governance';
export * from './signals';
export * from './reviews';
