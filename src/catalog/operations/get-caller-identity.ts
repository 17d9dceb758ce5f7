import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getCallerIdentity: OperationSpec = {
  ...OPERATION_DIRECTORY.GetCallerIdentity,
  doc:
    /*i18n*/ { id: 'op.GetCallerIdentity.doc', message: 'Returns the account, the ARN and the unique ID of whoever signed the request: an IAM user, the root user, a role session or a federated user. No permission is needed and an explicit Deny cannot block it, so it is the standard way to check which credentials are in use.' },
  globalEndpoint: true,
  returnsCredentials: false,
  params: [],
  rules: [],
  notes: [],
};
