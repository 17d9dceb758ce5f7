import { param } from '../params';
import { encodedMessageType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const decodeAuthorizationMessage: OperationSpec = {
  ...OPERATION_DIRECTORY.DecodeAuthorizationMessage,
  doc:
    /*i18n*/ { id: 'op.DecodeAuthorizationMessage.doc', message: 'Some services (EC2 most often) answer a denied request with an encrypted "encoded authorization failure message". This call turns it back into JSON that says whether the request was allowed, whether an explicit Deny matched, and the full request context: principal, action, resource and condition keys. The caller needs sts:DecodeAuthorizationMessage, and the message expires after a while.' },
  globalEndpoint: true,
  returnsCredentials: false,
  params: [
    param({
      name: 'EncodedMessage',
      cliFlag: 'encoded-message',
      label: /*i18n*/ { id: 'op.DecodeAuthorizationMessage.EncodedMessage.label', message: 'Encoded message' },
      type: encodedMessageType,
      required: true,
      doc:
        /*i18n*/ { id: 'op.DecodeAuthorizationMessage.EncodedMessage.doc', message: 'The opaque text after "Encoded authorization failure message:" in the error, 1 to 10,240 characters. Paste it without line breaks; STS rejects messages with bad characters or that have expired.' },
      widget: 'textarea',
    }),
  ],
  rules: [],
  notes: [
    {
      id: 'decode-permission',
      text:
        /*i18n*/ { id: 'op.DecodeAuthorizationMessage.note.decode-permission', message: 'The caller needs sts:DecodeAuthorizationMessage; without it STS answers AccessDenied "… because no identity-based policy allows the sts:DecodeAuthorizationMessage action". Expired or foreign messages give InvalidAuthorizationMessageException.' },
    },
  ],
};
