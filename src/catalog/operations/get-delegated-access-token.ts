import { param } from '../params';
import { tradeInTokenType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getDelegatedAccessToken: OperationSpec = {
  ...OPERATION_DIRECTORY.GetDelegatedAccessToken,
  doc:
    /*i18n*/ { id: 'op.GetDelegatedAccessToken.doc', message: 'Part of IAM temporary delegation for AWS Partners: a partner creates a delegation request, the customer approves it, and IAM sends an exchange ("trade-in") token to the partner. The partner, signing with its own credentials, trades that token here for temporary credentials in the customer\'s account, with the permissions the customer approved.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    param({
      name: 'TradeInToken',
      cliFlag: 'trade-in-token',
      label: /*i18n*/ { id: 'op.GetDelegatedAccessToken.TradeInToken.label', message: 'Trade-in token' },
      type: tradeInTokenType,
      required: true,
      doc: /*i18n*/ { id: 'op.GetDelegatedAccessToken.TradeInToken.doc', message: 'The exchange token IAM delivered after the customer approved the delegation request. It must be valid and unexpired.' },
      widget: 'secret',
    }),
  ],
  rules: [],
  notes: [
    {
      id: 'trade-in-token-expiry',
      param: 'TradeInToken',
      text: /*i18n*/ { id: 'op.GetDelegatedAccessToken.note.trade-in-token-expiry', message: 'An expired trade-in token fails with ExpiredTradeInTokenException.' },
    },
  ],
};
