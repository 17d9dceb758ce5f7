/**
 * The world file contract (contracts §2): the contract's example world runs unchanged, and a world
 * that is not JSON or breaks the shape stops the server at start, naming the file, the JSON path
 * and what is wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_ADMIN, HAS_BOTO3, noticeMissing, okResult, runBoto } from './support/clients';
import { sandboxInfo } from './support/controls';
import { startSandbox } from './support/server';
import { sharedFile } from '../shared-files';

const EXAMPLE_WORLD = process.env.STS_WORLD_EXAMPLE_PATH || sharedFile('contracts/sandbox-world.example.json');
noticeMissing({ boto3: true }, 'example world calls (boto3)');

async function startupFailure(world: string): Promise<{ file: string; message: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'stsw-badworld-'));
  const file = join(dir, 'world.json');
  writeFileSync(file, world);
  const message = await startSandbox({ worldFile: file }).then(
    async (sb) => {
      await sb.stop();
      return 'the server started';
    },
    (e: unknown) => (e as Error).message,
  );
  rmSync(dir, { recursive: true, force: true });
  return { file, message };
}

describe('world files', () => {
  it.skipIf(!HAS_BOTO3)('runs the contract example world unchanged', async () => {
    const sb = await startSandbox({ worldFile: EXAMPLE_WORLD });
    try {
      const info = await sandboxInfo(sb.url);
      expect(info.accounts.map((a) => a.id)).toEqual(expect.arrayContaining(['123456789012', '111122223333']));
      const res = await runBoto(sb.url, [
        { id: 'me', op: 'get_caller_identity', creds: DEV_ADMIN },
        { id: 'role', op: 'assume_role', params: { RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 'example' } },
      ]);
      expect(okResult(res, 'me').Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
      expect(okResult(res, 'role').AssumedRoleUser).toMatchObject({ Arn: 'arn:aws:sts::123456789012:assumed-role/xaccounts3access/example' });
    } finally {
      await sb.stop();
    }
  });

  it('refuses a world file that is not JSON, naming the file', async () => {
    const { file, message } = await startupFailure('{ "accounts": [ ');
    expect(message).toMatch(/exited before it was ready/);
    expect(message).toContain(file);
  });

  it('refuses a world file that breaks the shape, naming the file, the JSON path and the problem', async () => {
    const world = {
      accounts: [{ id: '123456789012', roles: [{ name: 'TooLong', maxSessionDuration: 99999, trustPolicy: { Version: '2012-10-17', Statement: [] } }] }],
    };
    const { file, message } = await startupFailure(JSON.stringify(world));
    expect(message).toMatch(/exited before it was ready/);
    expect(message).toContain(file);
    expect(message).toContain('accounts[0].roles[0].maxSessionDuration');
    expect(message).toContain('99999');
  });
});
