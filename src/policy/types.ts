/**
 * The IAM policy language as data. Documents are kept as parsed JSON; the evaluator and the
 * validator read these shapes.
 */
export type StringOrList = string | string[];

export type ConditionBlock = Record<string, Record<string, StringOrList | boolean | number | (string | boolean | number)[]>>;

export type PrincipalBlock = '*' | Record<string, StringOrList>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}
