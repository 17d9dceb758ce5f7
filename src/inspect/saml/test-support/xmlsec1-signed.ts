/**
 * A SAML Response signed by xmlsec1 1.2.37 (libxml2), not by this project's signer: an
 * independent implementation, so the verifier is checked against someone else's canonical form.
 * Shape: ADFS-like default namespaces, pretty-printed, RSA-SHA1 with inclusive C14N on SignedInfo,
 * wrapped base64, and a comment inside the NameID (the SAML comment-injection case).
 * Made with a throwaway test key; only its certificate is kept. Dated 2025-01-01T00:00:00Z.
 */

export const XMLSEC1_SIGNED_RESPONSE = `<?xml version="1.0"?>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_respadfs1" Version="2.0" IssueInstant="2025-01-01T00:00:00.000Z" Destination="https://signin.aws.amazon.com/saml">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_assertadfs1" Version="2.0" IssueInstant="2025-01-01T00:00:00.000Z">
  <Issuer>http://adfs.example.com/adfs/services/trust</Issuer>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
      <ds:Reference URI="#_assertadfs1">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
        <ds:DigestValue>2CXU89ipfFiKGAkt+EknJpU/AKQ=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>C1CSymgEG68VuTMXb1XH0oBfPzi0LhS1GxsHltYvgK2s99+FE+7m6Gv0+LN+3ZK6
+oN4IdBjDIM+4DKMXnN0bGNU/y6xac742nd6pi+SmLA3i3XNBT9S8mHyR6j88PNb
tqGng9awVhnYwYWOvBE22FqPfQkHsCh5baVMzOTzvGQ3pKL+zoE9JZRUg8HThlf/
onH1hkAsv9tMlvMTCkaQC1GI7fzzMiJsdA17V+H/ZnZJq4it1i9hc7jRlOQ1bF6h
vSr9UZfJ0MHdU3bskRqf4ysYKLUPrZVnvzV07vZ5vELau9k8E63OQFJLqdBTSlah
Tz+A95OV1J+H3YGAbESUHA==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIICzzCCAbegAwIBAgIMNxyOISzVtcw2juYoMA0GCSqGSIb3DQEBCwUAMBYxFDAS
BgNVBAMMC0ludGVyb3AgSWRQMB4XDTI0MTIzMTAwMDAwMFoXDTM0MTIzMDAwMDAw
MFowFjEUMBIGA1UEAwwLSW50ZXJvcCBJZFAwggEiMA0GCSqGSIb3DQEBAQUAA4IB
DwAwggEKAoIBAQCvMMJOwZbFtLkyeXkIttY5M+lCgy2AUgfF5CKdqWRyX1GGrP5w
zwXuUjpQ+t6DTc1bXNMbg33bn+uanD1LLQeF3KmHUI4TDns92CjqbgLIy9Dbiuzr
tv9kwcWkgK40CdoYqbkLWAvCcvdQXG1Ie0jVHho1Xyr0lWsjO5U2CEZUR2lRkcEH
j9Rh+32Z+fwGNiCryPO23H+o0YFGRh/53zjtqwqQP9jfDOJGx0n/Dd98AJ/y9tgK
1rY7BRCLysckfxtNoAfFZa2pD5YN7UidyN6hHyqD8qixZfL1uuPHQ8nWTLhFFQ/5
ygl4uIwEaWWaVGfzc5I6qqLz6Y8PUvC849+rAgMBAAGjHTAbMAkGA1UdEwQCMAAw
DgYDVR0PAQH/BAQDAgeAMA0GCSqGSIb3DQEBCwUAA4IBAQCtlaybE4hcV7u2GVR+
oIudoLhO8m4BuAQdlZPSponrOJpRap4qNcj/m7GV4lTLdCwG3XoveXMEg72hLLNs
URfEeNh1WVp8E6bf2F6IAQUEH1cjF7166yNwVsBoMofnnmWRPlv0y594FeRn6ElB
OTxMF9nFXHn5Kk6mekG/AlkZJyU9eEErFuaOzQvb3z65HPd9WaxHmkw2F14F0vuo
tPep9fqQYJ3dE136OqFHvhOKqN2VCJw62askTmta1dGZYPxFTKcFSNFSEfQSgugI
V4uIuuRYNu134KDGkvwONN+5A7u+4dJtYShew9dWN21ZjxV74DZVaNLL0jvFg05z
Vrmh
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <Subject><NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">alice@example.com<!-- injected -->.evil.example</NameID><SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData NotOnOrAfter="2025-01-01T00:05:00.000Z" Recipient="https://signin.aws.amazon.com/saml"/></SubjectConfirmation></Subject>
  <Conditions NotBefore="2024-12-31T23:59:55.000Z" NotOnOrAfter="2025-01-01T00:05:00.000Z"><AudienceRestriction><Audience>urn:amazon:webservices</Audience></AudienceRestriction></Conditions>
  <AuthnStatement AuthnInstant="2025-01-01T00:00:00.000Z" SessionIndex="_sess1"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</AuthnContextClassRef></AuthnContext></AuthnStatement>
  <AttributeStatement><Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><AttributeValue>arn:aws:iam::123456789012:saml-provider/Corp,arn:aws:iam::123456789012:role/Dev</AttributeValue></Attribute><Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><AttributeValue>alice@example.com</AttributeValue></Attribute></AttributeStatement>
  </Assertion>
</samlp:Response>
`;

export const XMLSEC1_SIGNER_CERT_PEM = `-----BEGIN CERTIFICATE-----
MIICzzCCAbegAwIBAgIMNxyOISzVtcw2juYoMA0GCSqGSIb3DQEBCwUAMBYxFDAS
BgNVBAMMC0ludGVyb3AgSWRQMB4XDTI0MTIzMTAwMDAwMFoXDTM0MTIzMDAwMDAw
MFowFjEUMBIGA1UEAwwLSW50ZXJvcCBJZFAwggEiMA0GCSqGSIb3DQEBAQUAA4IB
DwAwggEKAoIBAQCvMMJOwZbFtLkyeXkIttY5M+lCgy2AUgfF5CKdqWRyX1GGrP5w
zwXuUjpQ+t6DTc1bXNMbg33bn+uanD1LLQeF3KmHUI4TDns92CjqbgLIy9Dbiuzr
tv9kwcWkgK40CdoYqbkLWAvCcvdQXG1Ie0jVHho1Xyr0lWsjO5U2CEZUR2lRkcEH
j9Rh+32Z+fwGNiCryPO23H+o0YFGRh/53zjtqwqQP9jfDOJGx0n/Dd98AJ/y9tgK
1rY7BRCLysckfxtNoAfFZa2pD5YN7UidyN6hHyqD8qixZfL1uuPHQ8nWTLhFFQ/5
ygl4uIwEaWWaVGfzc5I6qqLz6Y8PUvC849+rAgMBAAGjHTAbMAkGA1UdEwQCMAAw
DgYDVR0PAQH/BAQDAgeAMA0GCSqGSIb3DQEBCwUAA4IBAQCtlaybE4hcV7u2GVR+
oIudoLhO8m4BuAQdlZPSponrOJpRap4qNcj/m7GV4lTLdCwG3XoveXMEg72hLLNs
URfEeNh1WVp8E6bf2F6IAQUEH1cjF7166yNwVsBoMofnnmWRPlv0y594FeRn6ElB
OTxMF9nFXHn5Kk6mekG/AlkZJyU9eEErFuaOzQvb3z65HPd9WaxHmkw2F14F0vuo
tPep9fqQYJ3dE136OqFHvhOKqN2VCJw62askTmta1dGZYPxFTKcFSNFSEfQSgugI
V4uIuuRYNu134KDGkvwONN+5A7u+4dJtYShew9dWN21ZjxV74DZVaNLL0jvFg05z
Vrmh
-----END CERTIFICATE-----
`;
