/**
 * Cases from AWS's Signature Version 4 test suite (aws-sig-v4-test-suite, 2015-08-30 edition):
 * the `.req` request as it arrives on the wire, and the `.creq`, `.sts` and `.authz` files.
 * Every case signs with AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, Region us-east-1,
 * service `service`, at 20150830T123600Z.
 *
 * post-x-www-form-urlencoded: the suite's published `.creq` lists content-length although its
 * `.authz` does not sign it; this is the self-consistent form (content-length sent, not signed).
 * post-sts-header-before has no `.creq`/`.sts` here, only AWS's signature.
 */
export const SUITE_ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const SUITE_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
export const SUITE_TIME = '20150830T123600Z';

export interface SuiteVector {
  name: string;
  method: string;
  url: string;
  /** Lower-case names; repeated headers joined with `,`. Authorization is added from `authorization`. */
  headers: Record<string, string>;
  body: string;
  canonicalRequest?: string;
  stringToSign?: string;
  authorization: string;
}

const HOST = 'example.amazonaws.com';
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SCOPE = '20150830/us-east-1/service/aws4_request';
const CRED = `Credential=AKIDEXAMPLE/${SCOPE}`;
const base = { host: HOST, 'x-amz-date': SUITE_TIME };
const UNRESERVED = '-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function sts(hash: string): string {
  return `AWS4-HMAC-SHA256\n${SUITE_TIME}\n${SCOPE}\n${hash}`;
}

export const SUITE_VECTORS: readonly SuiteVector[] = [
  {
    name: 'get-vanilla',
    method: 'GET',
    url: '/',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\n\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31`,
  },
  {
    name: 'get-vanilla-empty-query-key',
    method: 'GET',
    url: '/?Param1=value1',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\nParam1=value1\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('1e24db194ed7d0eec2de28d7369675a243488e08526e8c1c73571282f7c517ab'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb`,
  },
  {
    name: 'get-vanilla-query-order-key',
    method: 'GET',
    url: '/?Param1=value2&Param1=Value1',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\nParam1=Value1&Param1=value2\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1`,
  },
  {
    name: 'get-vanilla-query-order-key-case',
    method: 'GET',
    url: '/?Param2=value2&Param1=value1',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\nParam1=value1&Param2=value2\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500`,
  },
  {
    name: 'get-vanilla-query-order-value',
    method: 'GET',
    url: '/?Param1=value2&Param1=value1',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\nParam1=value1&Param1=value2\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694`,
  },
  {
    name: 'get-vanilla-query-unreserved',
    method: 'GET',
    url: `/?${UNRESERVED}=${UNRESERVED}`,
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\n${UNRESERVED}=${UNRESERVED}\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197`,
  },
  {
    name: 'get-vanilla-utf8-query',
    method: 'GET',
    url: '/?%E1%88%B4=bar',
    headers: base,
    body: '',
    canonicalRequest: `GET\n/\n%E1%88%B4=bar\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04`,
  },
  {
    name: 'get-unreserved',
    method: 'GET',
    url: `/${UNRESERVED}`,
    headers: base,
    body: '',
    canonicalRequest: `GET\n/${UNRESERVED}\n\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f`,
  },
  {
    name: 'get-header-key-duplicate',
    method: 'GET',
    url: '/',
    headers: { ...base, 'my-header1': 'value2,value2,value1' },
    body: '',
    canonicalRequest: `GET\n/\n\nhost:${HOST}\nmy-header1:value2,value2,value1\nx-amz-date:${SUITE_TIME}\n\nhost;my-header1;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea`,
  },
  {
    name: 'get-header-value-order',
    method: 'GET',
    url: '/',
    headers: { ...base, 'my-header1': 'value4,value1,value3,value2' },
    body: '',
    canonicalRequest: `GET\n/\n\nhost:${HOST}\nmy-header1:value4,value1,value3,value2\nx-amz-date:${SUITE_TIME}\n\nhost;my-header1;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;my-header1;x-amz-date, Signature=08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01`,
  },
  {
    name: 'get-header-value-trim',
    method: 'GET',
    url: '/',
    headers: { ...base, 'my-header1': ' value1', 'my-header2': ' "a   b   c"' },
    body: '',
    canonicalRequest: `GET\n/\n\nhost:${HOST}\nmy-header1:value1\nmy-header2:"a b c"\nx-amz-date:${SUITE_TIME}\n\nhost;my-header1;my-header2;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736`,
  },
  {
    name: 'post-vanilla',
    method: 'POST',
    url: '/',
    headers: base,
    body: '',
    canonicalRequest: `POST\n/\n\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b`,
  },
  {
    name: 'post-vanilla-query',
    method: 'POST',
    url: '/?Param1=value1',
    headers: base,
    body: '',
    canonicalRequest: `POST\n/\nParam1=value1\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\nhost;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11`,
  },
  {
    name: 'post-header-key-sort',
    method: 'POST',
    url: '/',
    headers: { ...base, 'my-header1': 'value1' },
    body: '',
    canonicalRequest: `POST\n/\n\nhost:${HOST}\nmy-header1:value1\nx-amz-date:${SUITE_TIME}\n\nhost;my-header1;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;my-header1;x-amz-date, Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c`,
  },
  {
    name: 'post-header-value-case',
    method: 'POST',
    url: '/',
    headers: { ...base, 'my-header1': 'VALUE1' },
    body: '',
    canonicalRequest: `POST\n/\n\nhost:${HOST}\nmy-header1:VALUE1\nx-amz-date:${SUITE_TIME}\n\nhost;my-header1;x-amz-date\n${EMPTY_SHA}`,
    stringToSign: sts('d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;my-header1;x-amz-date, Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d`,
  },
  {
    name: 'post-x-www-form-urlencoded',
    method: 'POST',
    url: '/',
    headers: { ...base, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '13' },
    body: 'Param1=value1',
    canonicalRequest: `POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:${HOST}\nx-amz-date:${SUITE_TIME}\n\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e`,
    stringToSign: sts('42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281'),
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a`,
  },
  {
    name: 'post-sts-header-before',
    method: 'POST',
    url: '/',
    headers: {
      ...base,
      'x-amz-security-token':
        'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==',
    },
    body: '',
    authorization: `AWS4-HMAC-SHA256 ${CRED}, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead`,
  },
];
