/**
 * The engine's issues from the latest live preview, for the panels that point at the field at
 * fault (the preview itself shows only the first). Written by `usePreview`.
 */
import { create } from 'zustand';
import { engineIssuesOf, type EngineIssue } from './profile-checks';

export const usePreviewIssues = create<{ issues: EngineIssue[] }>()(() => ({ issues: [] }));

const NONE: EngineIssue[] = [];

/** Records the preview's outcome: its error's issues, or none after a successful preview. */
export function reportPreviewOutcome(error: unknown) {
  usePreviewIssues.setState({ issues: error ? engineIssuesOf(error) : NONE });
}
