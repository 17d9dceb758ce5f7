import type { OperationSpec } from '../types';

export const getCallerIdentity: OperationSpec = {
  name: 'GetCallerIdentity',
  cliName: 'get-caller-identity',
  group: 'inspect',
  summary: /*i18n*/ { id: 'op.GetCallerIdentity.summary', message: 'Show who the signing credentials belong to.' },
  doc:
    /*i18n*/ { id: 'op.GetCallerIdentity.doc', message: 'Returns the account, the ARN and the unique ID of whoever signed the request: an IAM user, the root user, a role session or a federated user. No permission is needed and an explicit Deny cannot block it, so it is the standard way to check which credentials are in use.' },
  signing: 'any',
  globalEndpoint: true,
  returnsCredentials: false,
  params: [],
  rules: [],
  notes: [],
};
