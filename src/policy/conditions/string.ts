/** String operators. StringEquals and StringLike are case-sensitive; StringLike has `*` and `?`. */
import { matchPattern } from '../wildcard';
import { operators, type OperatorDef } from './types';

export const stringOperators: OperatorDef[] = [
  ...operators('StringEquals', 'StringNotEquals', {
    family: 'String',
    variables: true,
    verb: /*i18n*/ { id: 'policy.verb.equals', message: 'equals' },
    match: (r, p) => r === p.text,
  }),
  ...operators('StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', {
    family: 'String',
    variables: true,
    verb: /*i18n*/ { id: 'policy.verb.equalsIgnoreCase', message: 'equals (ignoring case)' },
    match: (r, p) => r.toLowerCase() === p.text.toLowerCase(),
  }),
  ...operators('StringLike', 'StringNotLike', {
    family: 'String',
    variables: true,
    verb: /*i18n*/ { id: 'policy.verb.matchesPattern', message: 'matches the pattern' },
    match: (r, p) => matchPattern(p.pattern, r),
  }),
];
