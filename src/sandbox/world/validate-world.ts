/**
 * Checks a parsed world file against the contract's shape (contracts §2) and names the JSON path
 * of the first problems it finds, so a bad world stops the server with a message a person can act on.
 */
import type { WorldFile } from './types';

export class WorldFileError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`${source}: the sandbox world file is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WorldFileError';
    this.problems = problems;
  }
}

type Check = (value: unknown, path: string, problems: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function expectObject(v: unknown, path: string, problems: string[], allowed: readonly string[]): v is Record<string, unknown> {
  if (!isObject(v)) {
    problems.push(`${path}: expected an object, found ${describe(v)}`);
    return false;
  }
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key) && key !== '$comment') problems.push(`${path}.${key}: unknown field (allowed: ${allowed.join(', ')})`);
  }
  return true;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `a ${typeof v}`;
}

const str =
  (pattern?: RegExp, rule?: string): Check =>
  (v, path, problems) => {
    if (typeof v !== 'string') problems.push(`${path}: expected a string, found ${describe(v)}`);
    else if (pattern && !pattern.test(v)) problems.push(`${path}: ${JSON.stringify(v)} ${rule ?? `must match ${pattern.source}`}`);
  };

const bool: Check = (v, path, problems) => {
  if (typeof v !== 'boolean') problems.push(`${path}: expected true or false, found ${describe(v)}`);
};

const int =
  (min: number, max: number): Check =>
  (v, path, problems) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) problems.push(`${path}: expected a whole number, found ${describe(v)}`);
    else if (v < min || v > max) problems.push(`${path}: ${v} must be between ${min} and ${max}`);
  };

const list =
  (item: Check): Check =>
  (v, path, problems) => {
    if (!Array.isArray(v)) {
      problems.push(`${path}: expected an array, found ${describe(v)}`);
      return;
    }
    v.forEach((x, i) => item(x, `${path}[${i}]`, problems));
  };

const policy: Check = (v, path, problems) => {
  if (!isObject(v)) {
    problems.push(`${path}: expected a policy document (an object with Statement), found ${describe(v)}`);
    return;
  }
  const st = v.Statement;
  if (st === undefined) problems.push(`${path}.Statement: missing`);
  else if (!isObject(st) && !Array.isArray(st)) problems.push(`${path}.Statement: expected an object or an array, found ${describe(st)}`);
  else {
    const statements = Array.isArray(st) ? st : [st];
    statements.forEach((s, i) => {
      const p = Array.isArray(st) ? `${path}.Statement[${i}]` : `${path}.Statement`;
      if (!isObject(s)) problems.push(`${p}: expected an object, found ${describe(s)}`);
      else if (s.Effect !== 'Allow' && s.Effect !== 'Deny') problems.push(`${p}.Effect: must be "Allow" or "Deny", found ${describe(s.Effect)}`);
    });
  }
};

function fields(
  spec: Record<string, { check: Check; required?: boolean }>,
): Check {
  const allowed = Object.keys(spec);
  return (v, path, problems) => {
    if (!expectObject(v, path, problems, allowed)) return;
    for (const [key, { check, required }] of Object.entries(spec)) {
      if (v[key] === undefined) {
        if (required) problems.push(`${path}.${key}: missing (required)`);
      } else check(v[key], `${path}.${key}`, problems);
    }
  };
}

const ACCOUNT_ID = /^\d{12}$/;
const NAME = /^[\w+=,.@-]{1,128}$/;
const PATH = /^\/([\x21-\x7e]*\/)?$/;
const KEY_ID = /^\w{16,128}$/;

const tag = fields({ Key: { check: str(/^.{1,128}$/u, 'must be 1–128 characters'), required: true }, Value: { check: str(/^.{0,256}$/u, 'must be at most 256 characters'), required: true } });
const accessKey = fields({
  accessKeyId: { check: str(KEY_ID, 'must be 16–128 letters, digits or underscores'), required: true },
  secretAccessKey: { check: str(/^.{1,}$/, 'must not be empty'), required: true },
});

const worldCheck = fields({
  organization: {
    check: fields({
      managementAccountId: { check: str(ACCOUNT_ID, 'must be a 12-digit account ID'), required: true },
      memberAccountIds: { check: list(str(ACCOUNT_ID, 'must be a 12-digit account ID')) },
      centralizedRootAccess: { check: bool },
    }),
  },
  accounts: {
    required: true,
    check: list(
      fields({
        id: { check: str(ACCOUNT_ID, 'must be a 12-digit account ID'), required: true },
        alias: { check: str() },
        users: {
          check: list(
            fields({
              name: { check: str(NAME, 'must be 1–128 characters of letters, digits and +=,.@_-'), required: true },
              path: { check: str(PATH, 'must start and end with /') },
              accessKeys: { check: list(accessKey) },
              mfaDevices: {
                check: list(
                  fields({
                    serialNumber: { check: str(/^[\w+=/:,.@-]{9,256}$/, 'must be 9–256 characters of letters, digits and +=/:,.@_-'), required: true },
                    totpSeedBase32: { check: str(/^[A-Z2-7]+=*$/i, 'must be base32 (A–Z, 2–7)') },
                    staticTokenCode: { check: str(/^\d{6}$/, 'must be 6 digits') },
                  }),
                ),
              },
              policies: { check: list(policy) },
              tags: { check: list(tag) },
            }),
          ),
        },
        roles: {
          check: list(
            fields({
              name: { check: str(/^[\w+=,.@-]{1,64}$/, 'must be 1–64 characters of letters, digits and +=,.@_-'), required: true },
              path: { check: str(PATH, 'must start and end with /') },
              maxSessionDuration: { check: int(3600, 43200) },
              trustPolicy: { check: policy, required: true },
              policies: { check: list(policy) },
              tags: { check: list(tag) },
            }),
          ),
        },
        samlProviders: {
          check: list(
            fields({
              name: { check: str(/^[\w._-]{1,128}$/, 'must be 1–128 characters of letters, digits and ._-'), required: true },
              builtInIdp: { check: bool },
              metadataXml: { check: str(/<[\s\S]*EntityDescriptor/, 'must be SAML metadata XML (an EntityDescriptor)') },
            }),
          ),
        },
        oidcProviders: {
          check: list(
            fields({
              url: { check: str(/^https:\/\/[^\s?#:]+$/, 'must be an https:// URL without port, query or fragment'), required: true },
              clientIds: { check: list(str(/^.{1,255}$/, 'must be 1–255 characters')) },
              builtInIdp: { check: bool },
              jwks: { check: fields({ keys: { check: list((v, p, pr) => void (isObject(v) || pr.push(`${p}: expected a JSON Web Key object`))), required: true } }) },
              jwksUri: { check: str(/^https?:\/\//, 'must be an http(s) URL') },
            }),
          ),
        },
        rootAccessKeys: { check: list(accessKey) },
        outboundWebIdentityFederation: { check: bool },
        disabledRegions: { check: list(str(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a Region name such as eu-south-1')) },
      }),
    ),
  },
});

/** Structural problems plus the cross-references a loader cannot resolve (duplicates, providers without a key source). */
export function validateWorldFile(value: unknown): string[] {
  const problems: string[] = [];
  worldCheck(value, '$', problems);
  if (problems.length > 0) return problems;
  const world = value as WorldFile;
  const seenKeys = new Map<string, string>();
  const seenAccounts = new Set<string>();
  world.accounts.forEach((a, ai) => {
    if (seenAccounts.has(a.id)) problems.push(`$.accounts[${ai}].id: account ${a.id} appears twice`);
    seenAccounts.add(a.id);
    const keyLists: [string, { accessKeyId: string }[] | undefined][] = [
      [`$.accounts[${ai}].rootAccessKeys`, a.rootAccessKeys],
      ...(a.users ?? []).map((u, ui) => [`$.accounts[${ai}].users[${ui}].accessKeys`, u.accessKeys] as [string, { accessKeyId: string }[] | undefined]),
    ];
    for (const [path, keys] of keyLists) {
      keys?.forEach((k, ki) => {
        const where = `${path}[${ki}].accessKeyId`;
        const prior = seenKeys.get(k.accessKeyId);
        if (prior) problems.push(`${where}: ${k.accessKeyId} is already used at ${prior}`);
        seenKeys.set(k.accessKeyId, where);
      });
    }
    const names = new Set<string>();
    (a.users ?? []).forEach((u, ui) => {
      if (names.has(u.name.toLowerCase())) problems.push(`$.accounts[${ai}].users[${ui}].name: user ${u.name} appears twice`);
      names.add(u.name.toLowerCase());
      (u.mfaDevices ?? []).forEach((d, di) => {
        if (!d.totpSeedBase32 && !d.staticTokenCode) problems.push(`$.accounts[${ai}].users[${ui}].mfaDevices[${di}]: needs totpSeedBase32 (or the sandbox's staticTokenCode)`);
      });
    });
    const roles = new Set<string>();
    (a.roles ?? []).forEach((r, ri) => {
      if (roles.has(r.name.toLowerCase())) problems.push(`$.accounts[${ai}].roles[${ri}].name: role ${r.name} appears twice`);
      roles.add(r.name.toLowerCase());
    });
    (a.samlProviders ?? []).forEach((p, pi) => {
      if (!p.builtInIdp && !p.metadataXml) problems.push(`$.accounts[${ai}].samlProviders[${pi}]: needs builtInIdp: true or metadataXml`);
      if (p.builtInIdp && p.metadataXml) problems.push(`$.accounts[${ai}].samlProviders[${pi}]: give builtInIdp or metadataXml, not both`);
    });
    (a.oidcProviders ?? []).forEach((p, pi) => {
      const sources = [p.builtInIdp, p.jwks, p.jwksUri].filter(Boolean).length;
      if (sources !== 1) problems.push(`$.accounts[${ai}].oidcProviders[${pi}]: needs exactly one of builtInIdp: true, jwks or jwksUri`);
    });
  });
  const org = world.organization;
  if (org && !seenAccounts.has(org.managementAccountId)) problems.push(`$.organization.managementAccountId: account ${org.managementAccountId} is not in $.accounts`);
  return problems;
}

/** Parses world JSON text; throws WorldFileError naming the source, the JSON path and what is wrong. */
export function parseWorldFile(text: string, source: string): WorldFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new WorldFileError(source, [`$: not valid JSON (${(e as Error).message})`]);
  }
  const problems = validateWorldFile(value);
  if (problems.length > 0) throw new WorldFileError(source, problems.slice(0, 20));
  return value as WorldFile;
}
