// Types for check-commit-subjects.mjs.
export const MAX_SUBJECT: number;
export const BASELINE: string;
export function subjectTooLong(message: string, max?: number): string | null;
