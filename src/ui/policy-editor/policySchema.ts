/**
 * A small JSON Schema for IAM policy documents: the shape of the grammar, for Monaco's JSON service.
 * Registered with the JSON defaults; the markers themselves come from policy/validate
 * (validatePolicy), which knows far more than a schema can say. STS's own validation decides.
 */
const stringOrList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };

const principal = {
  anyOf: [
    { const: '*' },
    {
      type: 'object',
      properties: { AWS: stringOrList, Federated: stringOrList, Service: stringOrList, CanonicalUser: stringOrList },
      additionalProperties: false,
    },
  ],
};

const statement = {
  type: 'object',
  properties: {
    Sid: { type: 'string', description: 'An optional statement identifier.' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
    Action: { ...stringOrList, description: 'Actions, e.g. "s3:GetObject" or "s3:*".' },
    NotAction: stringOrList,
    Resource: { ...stringOrList, description: 'Resource ARNs the statement applies to, or "*".' },
    NotResource: stringOrList,
    Principal: principal,
    NotPrincipal: principal,
    Condition: {
      type: 'object',
      description: 'Condition operators, e.g. { "StringEquals": { "aws:PrincipalTag/team": "blue" } }.',
      additionalProperties: { type: 'object', additionalProperties: { anyOf: [{ type: ['string', 'boolean', 'number'] }, { type: 'array' }] } },
    },
  },
  required: ['Effect'],
  additionalProperties: false,
};

export const IAM_POLICY_SCHEMA = {
  type: 'object',
  properties: {
    Version: { enum: ['2012-10-17', '2008-10-17'], description: 'Use "2012-10-17".' },
    Id: { type: 'string' },
    Statement: { anyOf: [statement, { type: 'array', items: statement }] },
  },
  required: ['Statement'],
  additionalProperties: false,
} as const;
