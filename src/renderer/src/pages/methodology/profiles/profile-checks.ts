/**
 * What is wrong with the weight profiles: the editor's own checks (a unique name, at least one
 * match value) and the engine's errors from the live preview, whose paths name the profile
 * (`profiles.0.kpiWeights.x` from the compiler, `definition.profiles.0.name` from the schema).
 */
import type { WeightProfile } from '../../../../../shared/api';
import { hasMatch } from './match-sentence';

export interface EngineIssue {
  path: string;
  message: string;
}

export type ProblemField = 'profile' | 'name' | 'match' | 'weights';

export interface ProfileProblem {
  field: ProblemField;
  message: string;
  /** Where it comes from: the editor's check or the scoring engine. */
  source: 'editor' | 'engine';
  /** The KPI or group an engine error is about (`kpiWeights.<key>`). */
  key?: string;
}

/** The issues an API error carries in `details.issues`, paths relative to the definition. */
export function engineIssuesOf(error: unknown): EngineIssue[] {
  const details = (error as { details?: unknown } | null)?.details;
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') return [];
    return [{ path: path.replace(/^definition\./, ''), message }];
  });
}

const PROFILE_PATH = /^profiles\.(\d+)(?:\.([^.]+)(?:\.(.+))?)?$/;

function engineProblem(rest: string | undefined, key: string | undefined, message: string) {
  const field: ProblemField =
    rest === 'name' ? 'name' : rest === 'match' ? 'match' : rest ? 'weights' : 'profile';
  const problem: ProfileProblem = { field, message, source: 'engine' };
  if (key !== undefined && (rest === 'kpiWeights' || rest === 'groupWeights')) problem.key = key;
  return problem;
}

/** Problems per profile, in the profiles' order; an empty list means the profile is fine. */
export function profileProblems(
  profiles: readonly WeightProfile[],
  engineIssues: readonly EngineIssue[],
): ProfileProblem[][] {
  const out: ProfileProblem[][] = profiles.map(() => []);
  const names = new Map<string, number>();
  for (const p of profiles) {
    const name = p.name.trim().toLowerCase();
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  profiles.forEach((p, i) => {
    const name = p.name.trim();
    if (!name) {
      out[i]!.push({ field: 'name', message: 'Give the profile a name', source: 'editor' });
    } else if ((names.get(name.toLowerCase()) ?? 0) > 1) {
      out[i]!.push({
        field: 'name',
        message: `Another profile is also called “${name}”: names must be unique`,
        source: 'editor',
      });
    }
    if (!hasMatch(p.match)) {
      out[i]!.push({
        field: 'match',
        message:
          'Choose at least one partner type, region or program tier; without one the profile applies to every partner',
        source: 'editor',
      });
    }
  });
  for (const issue of engineIssues) {
    const m = PROFILE_PATH.exec(issue.path);
    if (!m) continue;
    const list = out[Number(m[1])];
    if (!list) continue;
    const problem = engineProblem(m[2], m[3], issue.message);
    // The editor already says it in plain words (e.g. an empty name).
    if (list.some((p) => p.source === 'editor' && p.field === problem.field)) continue;
    list.push(problem);
  }
  return out;
}
