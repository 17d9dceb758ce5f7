import { useLingui } from '@lingui/react';
import { useId, type ReactNode } from 'react';
import { Text } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import type { Message } from '../../kernel/message';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList } from '../../ui/KeyValueList';
import { RoleDetail } from './RoleDetail';
import { accountRole, sessionDurationText, summarizeTrust, trustPolicyText, type LiveWorld, type RoleUse, type WorldAccount, type WorldInfo } from './worldModel';

export interface RoleSelection {
  /** The ARN of the role whose trust policy is open, or null. */
  selected: string | null;
  select: (arn: string | null) => void;
  /** Local edits of trust policies, by role ARN. */
  edits: Readonly<Record<string, string>>;
  edit: (arn: string, text: string | null) => void;
  onUse: (use: RoleUse) => void;
  /** Live edits of the sandbox in use, when it takes them. */
  live?: LiveWorld;
}

const ACCOUNT_PLACE: Record<'management' | 'member' | 'standalone', Message | null> = {
  management: /*i18n*/ { id: 'world.managementAccount', message: 'Management account' },
  member: /*i18n*/ { id: 'world.memberAccount', message: 'Member account' },
  standalone: null,
};

function Mono({ text, copy }: { text: string; copy?: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <span className="min-w-0 font-mono text-xs leading-5 break-all text-fg" translate="no">
        {text}
      </span>
      {copy && <CopyButton text={text} label={copy} />}
    </span>
  );
}

function MonoList({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <span className="text-xs text-muted">{none}</span>;
  return (
    <ul className="space-y-0.5">
      {items.map((i) => (
        <li key={i} className="font-mono text-xs leading-5 break-all" translate="no">
          {i}
        </li>
      ))}
    </ul>
  );
}

function Group({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { i18n } = useLingui();
  return (
    <div>
      <h3 className="mb-1 text-[13px] font-semibold text-fg">
        {title} <span className="font-normal text-muted">({count})</span>
      </h3>
      {count === 0 ? <p className="text-xs text-muted">{i18n._({ id: 'world.noneInGroup', message: 'None.' })}</p> : children}
    </div>
  );
}

const itemClass = 'rounded border border-line px-3 py-2';

/** One account of the world: its users, roles (with the open trust policy) and identity providers. */
export function AccountSection({ account, world, selection }: { account: WorldAccount; world: WorldInfo; selection: RoleSelection }) {
  const { i18n } = useLingui();
  const headingId = useId();
  const none = i18n._({ id: 'world.none', message: 'None' });
  const copyArn = (name: string) => i18n._({ id: 'world.copyArn', message: 'Copy the ARN of {name}', values: { name } });
  const place = ACCOUNT_PLACE[accountRole(world, account.id)];
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-md border border-line p-3" data-testid="world-account" data-account={account.id}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-fg">
          {i18n._({ id: 'world.account', message: 'Account' })}{' '}
          <span className="font-mono" translate="no">
            {account.id}
          </span>
          {account.alias && (
            <span className="font-normal text-muted">
              {' '}
              · {i18n._({ id: 'world.alias', message: 'alias' })} <span translate="no">{account.alias}</span>
            </span>
          )}
        </h2>
        {place && <Badge tone={place === ACCOUNT_PLACE.management ? 'accent' : 'neutral'}>{i18n._(place)}</Badge>}
      </div>

      <Group title={i18n._({ id: 'world.users', message: 'Users' })} count={account.users.length}>
        <ul className="space-y-1.5">
          {account.users.map((u) => (
            <li key={u.arn} className={itemClass} data-testid="world-user" data-user={u.name}>
              <div className="mb-1 flex flex-wrap items-center gap-1.5">
                <span className="text-[13px] font-medium text-fg" translate="no">
                  {u.name}
                </span>
                {world.demo?.arn === u.arn && <Badge tone="ok">{i18n._({ id: 'world.demoUser', message: 'Demo user: signs by default' })}</Badge>}
              </div>
              <KeyValueList
                rows={[
                  { key: 'arn', label: <Verbatim>ARN</Verbatim>, value: <Mono text={u.arn} copy={copyArn(u.name)} /> },
                  { key: 'keys', label: i18n._({ id: 'world.accessKeyIds', message: 'Access key IDs' }), value: <MonoList items={u.accessKeyIds ?? []} none={none} /> },
                  { key: 'mfa', label: i18n._({ id: 'world.mfaDevices', message: 'MFA devices' }), value: <MonoList items={u.mfaDevices ?? []} none={none} /> },
                ]}
              />
            </li>
          ))}
        </ul>
      </Group>

      <Group title={i18n._({ id: 'world.roles', message: 'Roles' })} count={account.roles.length}>
        <ul className="space-y-1.5">
          {account.roles.map((r) => {
            const summary = summarizeTrust(r.trustPolicy);
            const open = selection.selected === r.arn;
            const detailId = `${headingId}-role-${r.name}`;
            return (
              <li key={r.arn} className={itemClass} data-testid="world-role" data-role={r.name}>
                <div className="mb-1 flex flex-wrap items-center gap-1.5">
                  <h4 className="text-[13px] font-medium text-fg" translate="no">
                    {r.name}
                  </h4>
                  <Button
                    size="sm"
                    variant={open ? 'secondary' : 'ghost'}
                    className="ml-auto"
                    aria-expanded={open}
                    aria-controls={open ? detailId : undefined}
                    aria-label={i18n._({ id: 'world.trustPolicyOf', message: 'Trust policy of {name}', values: { name: r.name } })}
                    onClick={() => selection.select(open ? null : r.arn)}
                  >
                    {i18n._({ id: 'world.trustPolicy', message: 'Trust policy' })} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
                  </Button>
                </div>
                <KeyValueList
                  rows={[
                    { key: 'arn', label: <Verbatim>ARN</Verbatim>, value: <Mono text={r.arn} copy={copyArn(r.name)} /> },
                    {
                      key: 'max',
                      label: <Verbatim>MaxSessionDuration</Verbatim>,
                      value: (
                        <span className="text-xs">
                          <Text m={sessionDurationText(r.maxSessionDuration)} />
                        </span>
                      ),
                    },
                    {
                      key: 'who',
                      label: i18n._({ id: 'world.whoMayAssume', message: 'Who may assume it' }),
                      value: (
                        <span className="text-xs break-words" data-testid="world-role-principals">
                          <Text m={summary.line} />
                        </span>
                      ),
                    },
                    ...(summary.conditionKeys.length
                      ? [
                          {
                            key: 'cond',
                            label: i18n._({ id: 'world.conditionsOn', message: 'Conditions on' }),
                            value: (
                              <span className="font-mono text-xs leading-5 break-all" translate="no">
                                {summary.conditionKeys.join(', ')}
                              </span>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
                {open && (
                  <RoleDetail
                    id={detailId}
                    role={r}
                    summary={summary}
                    text={selection.edits[r.arn] ?? trustPolicyText(r.trustPolicy)}
                    onEdit={(text) => selection.edit(r.arn, text)}
                    onReset={() => selection.edit(r.arn, null)}
                    onUse={selection.onUse}
                    {...(selection.live ? { live: selection.live } : {})}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </Group>

      <Group title={i18n._({ id: 'world.samlProviders', message: 'SAML providers' })} count={account.samlProviders.length}>
        <ul className="space-y-1.5">
          {account.samlProviders.map((p) => (
            <li key={p.arn} className={itemClass} data-testid="world-saml-provider">
              <div className="mb-1 flex flex-wrap items-center gap-1.5">
                <span className="text-[13px] font-medium text-fg" translate="no">
                  {p.name}
                </span>
                {p.builtInIdp && <Badge tone="accent">{i18n._({ id: 'world.builtInSaml', message: 'Built-in IdP: the sandbox mints its assertions' })}</Badge>}
              </div>
              <KeyValueList rows={[{ key: 'arn', label: <Verbatim>ARN</Verbatim>, value: <Mono text={p.arn} copy={copyArn(p.name)} /> }]} />
            </li>
          ))}
        </ul>
      </Group>

      <Group title={i18n._({ id: 'world.oidcProviders', message: 'OIDC providers' })} count={account.oidcProviders.length}>
        <ul className="space-y-1.5">
          {account.oidcProviders.map((p) => (
            <li key={p.arn} className={itemClass} data-testid="world-oidc-provider">
              <div className="mb-1 flex flex-wrap items-center gap-1.5">
                <span className="font-mono text-xs font-medium text-fg" translate="no">
                  {p.url}
                </span>
                {p.builtInIdp && <Badge tone="accent">{i18n._({ id: 'world.builtInOidc', message: 'Built-in IdP: the sandbox mints its tokens' })}</Badge>}
              </div>
              <KeyValueList
                rows={[
                  { key: 'arn', label: <Verbatim>ARN</Verbatim>, value: <Mono text={p.arn} copy={copyArn(p.url)} /> },
                  { key: 'clients', label: i18n._({ id: 'world.clientIds', message: 'Client IDs (audiences)' }), value: <MonoList items={p.clientIds ?? []} none={i18n._({ id: 'world.noneRegistered', message: 'None registered' })} /> },
                ]}
              />
            </li>
          ))}
        </ul>
      </Group>
    </section>
  );
}
