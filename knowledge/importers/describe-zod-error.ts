import type { z } from 'zod';

/** A short, single-line account of a zod failure: "methods.0.duration.value: Expected number". */
export function describeZodError(error: z.ZodError, limit = 3): string {
  const issues = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : '';
  return issues.join('; ') + more;
}
