import { param } from '../params';
import { accessKeyIdType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getAccessKeyInfo: OperationSpec = {
  ...OPERATION_DIRECTORY.GetAccessKeyInfo,
  doc:
    /*i18n*/ { id: 'op.GetAccessKeyInfo.doc', message: 'Returns the 12-digit account that owns an access key ID (AKIA… or ASIA…), whichever account that is. It says nothing about whether the key is active, inactive or deleted, and for current keys the account can be decoded offline from the key ID itself. The caller needs sts:GetAccessKeyInfo.' },
  globalEndpoint: true,
  returnsCredentials: false,
  params: [
    param({
      name: 'AccessKeyId',
      cliFlag: 'access-key-id',
      label: /*i18n*/ { id: 'op.GetAccessKeyInfo.AccessKeyId.label', message: 'Access key ID' },
      type: accessKeyIdType,
      required: true,
      doc: /*i18n*/ { id: 'op.GetAccessKeyInfo.AccessKeyId.doc', message: 'The access key ID to look up, such as AKIAIOSFODNN7EXAMPLE: 16 to 128 letters, digits or underscores. Never paste the secret key.' },
      widget: 'text',
      placeholder: 'AKIAIOSFODNN7EXAMPLE',
    }),
  ],
  rules: [],
  notes: [
    {
      id: 'access-key-info-permission',
      text: /*i18n*/ { id: 'op.GetAccessKeyInfo.note.access-key-info-permission', message: 'The caller needs sts:GetAccessKeyInfo; STS answers for any syntactically valid key, even one that never existed.' },
    },
  ],
};
