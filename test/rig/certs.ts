import { generate } from 'selfsigned';

/** Host names the test certificate is valid for. `*.alertops.com` covers per-tenant consoles (acme.alertops.com). */
export const CERT_DNS_NAMES = [
  'app.alertops.com',
  '*.alertops.com',
  'notify.alertops.com',
  'app.uptrends.com',
  'api.uptrends.com',
  'localhost',
] as const;

export interface TestCertificate {
  key: string;
  cert: string;
  fingerprint: string;
}

let cached: Promise<TestCertificate> | undefined;

/**
 * A self-signed certificate made at run time (never committed). Generated once per process: RSA generation takes a
 * noticeable moment and every server of the same process can share it.
 */
export function testCertificate(): Promise<TestCertificate> {
  cached ??= generate([{ name: 'commonName', value: 'app.alertops.com' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CERT_DNS_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert, fingerprint: pems.fingerprint }));
  return cached;
}
