import type { z } from 'zod';
import type { ProblemIssue } from './errors';

const TYPES: Record<string, Extract<ProblemIssue, { kind: 'expected' }>['type']> = {
  string: 'text',
  number: 'number',
  int: 'wholeNumber',
  array: 'list',
  object: 'object',
  boolean: 'boolean',
};
// The schema's two text patterns (model/schema.ts), told apart by their source.
const COLOUR_PATTERN = '/^#[0-9a-fA-F]{6}$/';

/** A schema issue as a problem kind with its parameters (zod words issues in English only). */
export function schemaProblem(issue: z.core.$ZodIssue): ProblemIssue {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'expected', type: TYPES[issue.expected] ?? 'other' };
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { kind: 'tooLong', limit };
      return { kind: issue.origin === 'array' ? 'tooMany' : 'tooHigh', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit === 1 ? { kind: 'empty' } : { kind: 'notValid' };
      return { kind: issue.origin === 'array' ? 'tooFew' : 'tooLow', limit };
    }
    case 'invalid_value':
      return { kind: 'notOneOf', options: issue.values.map((v) => JSON.stringify(v)).join(', ') };
    case 'invalid_format':
      if (issue.format === 'datetime') return { kind: 'notTimestamp' };
      if (issue.format === 'regex')
        return { kind: issue.pattern === COLOUR_PATTERN ? 'notColour' : 'nulCharacter' };
      return { kind: 'notValid' };
    default:
      return { kind: 'notValid' };
  }
}
