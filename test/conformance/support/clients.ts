/**
 * The independent clients the conformance tests drive the sandbox with: the real AWS CLI, boto3 (a
 * batch runner, one Python process per batch) and @aws-sdk/client-sts. Tests skip with a visible
 * notice when the CLI or boto3 is missing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { STSClient } from '@aws-sdk/client-sts';
import { SUPPORT_DIR } from './paths';

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The default world's demo user (sandbox-only, public secrets). */
export const DEV_ADMIN: Creds = { accessKeyId: 'AKIARZPUZDIKDXT22AAB', secretAccessKey: 'devadmin/Sandbox/EXAMPLEKEY+000000000000' };
/** The prod account's root keys in the default world. */
export const PROD_ROOT: Creds = { accessKeyId: 'AKIARTX3GSDSRMFQROOT', secretAccessKey: 'prodroot/Sandbox/EXAMPLEKEY+0000000000000' };
export const PROD_ALICE: Creds = { accessKeyId: 'AKIARTX3GSDSRMFQALIC', secretAccessKey: 'prodalice/Sandbox/EXAMPLEKEY+000000000000' };
export const PROD_BOB: Creds = { accessKeyId: 'AKIARTX3GSDSRMFQAAAB', secretAccessKey: 'prodbob/Sandbox/EXAMPLEKEY+0000000000000' };
export const DEV_ACCOUNT = '123456789012';
export const PROD_ACCOUNT = '111122223333';

function probe(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
  } catch {
    return false;
  }
}

export const HAS_AWS_CLI = probe('aws', ['--version']);
export const HAS_BOTO3 = probe('python3', ['-c', 'import boto3, botocore']);

/** Prints why a block is skipped, so a green run without the clients is never mistaken for coverage. */
export function noticeMissing(what: { cli?: boolean; boto3?: boolean }, area: string): void {
  const missing = [what.cli && !HAS_AWS_CLI ? 'the AWS CLI (`aws` on PATH)' : '', what.boto3 && !HAS_BOTO3 ? 'python3 with boto3' : ''].filter(Boolean);
  if (missing.length > 0) console.warn(`[conformance] SKIPPING ${area}: ${missing.join(' and ')} not found. Install them to run these tests.`);
}

// ---------------------------------------------------------------- AWS CLI

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  /** Parsed stdout when it is JSON. */
  json?: Record<string, unknown>;
  /** From "An error occurred (Code) when calling the Op operation: message". */
  error?: { code: string; message: string };
}

export function cliEnv(creds: Creds | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
    AWS_RETRY_MODE: 'standard',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  if (process.env.PYENV_ROOT) env.PYENV_ROOT = process.env.PYENV_ROOT;
  if (process.env.PYENV_VERSION) env.PYENV_VERSION = process.env.PYENV_VERSION;
  if (creds) {
    env.AWS_ACCESS_KEY_ID = creds.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = creds.secretAccessKey;
    if (creds.sessionToken) env.AWS_SESSION_TOKEN = creds.sessionToken;
  }
  return env;
}

/** `aws <args> --endpoint-url URL --output json`; args start after "aws" (e.g. ['sts', 'get-caller-identity']). */
export function runAws(url: string, args: string[], creds: Creds | null = DEV_ADMIN, opts: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    execFile(
      'aws',
      [...args, '--endpoint-url', url, '--output', 'json'],
      { env: cliEnv(creds), cwd: opts.cwd, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === 'number' ? err.code : 255) : 0;
        const result: CliResult = { status, stdout, stderr };
        if (stdout.trim().startsWith('{')) {
          try {
            result.json = JSON.parse(stdout) as Record<string, unknown>;
          } catch {
            /* leave json undefined */
          }
        }
        const m = /An error occurred \(([^)]+)\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: ([\s\S]*)$/.exec(stderr.trim());
        if (m?.[1] !== undefined) result.error = { code: m[1], message: m[2] ?? '' };
        resolvePromise(result);
      },
    );
  });
}

// ---------------------------------------------------------------- boto3 batch runner

/** `creds`: explicit keys, `{ from: caseId }` (that case's result Credentials), or 'unsigned'. */
export type CaseCreds = Creds | { from: string } | 'unsigned';

export interface BotoCase {
  id: string;
  /** boto3 STS client method, e.g. 'assume_role'. */
  op: string;
  params?: Record<string, unknown>;
  creds?: CaseCreds;
  region?: string;
  /** Sign as if the clock were this many seconds off (botocore's signing time is patched). */
  skewSeconds?: number;
  /** Instead of calling, return generate_presigned_url(op, params) as `result.url`. */
  presign?: boolean;
  /** For presign: the method the URL is signed for (EKS-style tokens use GET). */
  httpMethod?: 'GET' | 'POST';
  /** For presign: X-Amz-Expires (default 60). */
  expiresIn?: number;
}

export interface BotoResult {
  id: string;
  ok: boolean;
  result?: Record<string, unknown>;
  error?: { Code?: string; Message?: string; Type?: string };
  status?: number;
  requestId?: string;
  /** x-sandbox-* response headers of an error (lower-case names), e.g. the denial's explanation. */
  sandboxHeaders?: Record<string, string>;
  /** Python-side failure that is not an AWS error (bug in the case). */
  crash?: string;
}

/** Runs the cases in order in one Python process and returns the results by id. */
export function runBoto(url: string, cases: BotoCase[], defaultCreds: CaseCreds = DEV_ADMIN): Promise<Record<string, BotoResult>> {
  const input = JSON.stringify({ endpoint: url, defaultCreds, cases });
  return new Promise((resolvePromise, reject) => {
    const child = execFile('python3', [join(SUPPORT_DIR, 'boto_runner.py')], { maxBuffer: 64 * 1024 * 1024, timeout: 110_000, env: cliEnv(null) }, (err, stdout, stderr) => {
      if (err && !stdout.trim()) {
        reject(new Error(`boto3 runner failed: ${err.message}\n${stderr}`));
        return;
      }
      try {
        const list = JSON.parse(stdout) as BotoResult[];
        resolvePromise(Object.fromEntries(list.map((r) => [r.id, r])));
      } catch {
        reject(new Error(`boto3 runner printed no JSON:\n${stdout.slice(0, 2000)}\n${stderr}`));
      }
    });
    child.stdin?.end(input);
  });
}

/** "allow", or the error code and message, for failure messages. */
export function outcomeOf(res: BotoResult | undefined): string {
  if (!res) return 'no result';
  if (res.crash) return `crash: ${res.crash}`;
  return res.ok ? 'allow' : `${res.error?.Code}: ${res.error?.Message?.slice(0, 300)}`;
}

/** The result of a case that must have succeeded, with a readable failure otherwise. */
export function okResult(results: Record<string, BotoResult>, id: string): Record<string, unknown> {
  const r = results[id];
  if (!r) throw new Error(`no boto3 result for case ${id}`);
  if (!r.ok || !r.result) throw new Error(`case ${id} failed: ${r.crash ?? `${r.error?.Code}: ${r.error?.Message}`}`);
  return r.result;
}

// ---------------------------------------------------------------- @aws-sdk/client-sts

export function sdkClient(url: string, creds: Creds | null = DEV_ADMIN, region = 'us-east-1'): STSClient {
  return new STSClient({
    endpoint: url,
    region,
    maxAttempts: 1,
    ...(creds
      ? { credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}) } }
      : {}),
  });
}

/** Credentials of an STS result (CLI JSON or boto3 result) as `Creds`. */
export function credsOf(result: Record<string, unknown> | undefined): Creds {
  const c = (result?.Credentials ?? {}) as Record<string, string>;
  if (!c.AccessKeyId || !c.SecretAccessKey) throw new Error('result carries no Credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}) };
}
