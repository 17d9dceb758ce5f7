import type { Message } from '../../kernel/message';
import { Text } from '../../i18n/Text';
import { Trans, useLingui } from '@lingui/react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Verbatim } from '../../i18n/Verbatim';
import { KeyValueList } from '../../ui/KeyValueList';
import { Spinner } from '../../ui/Spinner';
import { ToolCard } from '../../ui/ToolCard';
import { AccountSection, type RoleSelection } from './AccountSection';
import { filterWorld, type LiveWorld, type RoleUse, type WorldInfo } from './worldModel';

export interface WorldExplorerProps {
  /** Where calls go now: the world is only known for the sandbox. */
  target: 'sandbox' | 'aws' | 'custom';
  /** The sandbox's world as GET /_sandbox/info describes it (server or in-page sandbox), once found. */
  world: WorldInfo | undefined;
  /** Finding the sandbox: still looking, or why it failed. */
  sandboxStatus: 'idle' | 'pending' | 'ready' | 'error';
  sandboxError: Message | null;
  /** Fill an operation's form with a role (and provider) and show that operation. */
  onUse: (use: RoleUse) => void;
  /** Live edits of the sandbox in use (absent: the tool only reads the world). */
  live?: LiveWorld;
}

/** The tool's frame, shared with the other tools. */
function Frame({ children }: { children: ReactNode }) {
  const { i18n } = useLingui();
  return (
    <ToolCard
      title={i18n._({ id: 'tools.sandboxWorld', message: 'Sandbox world' })}
      summary={i18n._({
        id: 'world.summary',
        message:
          'What the built-in sandbox STS knows: its accounts, users, roles and identity providers. Open a role’s trust policy to read it with the policy editor’s help, change it or its permissions in your sandbox at once, then try the role in AssumeRole.',
      })}
      testId="sandbox-world-tool"
    >
      {children}
    </ToolCard>
  );
}

export function WorldExplorer({ target, world, sandboxStatus, sandboxError, onUse, live }: WorldExplorerProps) {
  const { i18n } = useLingui();
  if (target !== 'sandbox') {
    return (
      <Frame>
        <p className="rounded border border-line bg-surface-2 px-3 py-2 text-[13px] text-fg" data-testid="world-unavailable">
          {target === 'aws'
            ? i18n._({ id: 'world.unavailable.aws', message: 'The world is only known for the sandbox. Calls now go to AWS, whose accounts, users and roles this workbench cannot list. Switch the target to the sandbox under Connection to explore its world.' })
            : i18n._({ id: 'world.unavailable.custom', message: 'The world is only known for the sandbox. Calls now go to a custom endpoint, whose accounts, users and roles this workbench cannot list. Switch the target to the sandbox under Connection to explore its world.' })}
        </p>
      </Frame>
    );
  }
  if (!world) {
    return (
      <Frame>
        {sandboxStatus === 'error' ? (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-3 py-2 text-[13px] text-fg" data-testid="world-unavailable">
            {sandboxError ? (
              <Text m={/*i18n*/ { id: 'world.unreachable.why', message: 'The sandbox could not be reached, so its world is unknown: {error}', values: { error: sandboxError } }} />
            ) : (
              i18n._({ id: 'world.unreachable', message: 'The sandbox could not be reached, so its world is unknown.' })
            )}
          </p>
        ) : (
          <p className="flex items-center gap-2 text-[13px] text-muted">
            <Spinner label={i18n._({ id: 'world.looking.label', message: 'Looking for the sandbox' })} /> {i18n._({ id: 'world.looking', message: 'Looking for the sandbox…' })}
          </p>
        )}
      </Frame>
    );
  }
  return (
    <Frame>
      <WorldView world={world} onUse={onUse} {...(live ? { live } : {})} />
    </Frame>
  );
}

function accountName(world: WorldInfo, id: string): string {
  const alias = world.accounts.find((a) => a.id === id)?.alias;
  return alias ? `${id} (${alias})` : id;
}

function WorldView({ world, onUse, live }: { world: WorldInfo; onUse: (use: RoleUse) => void; live?: LiveWorld }) {
  const { i18n } = useLingui();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const shown = useMemo(() => filterWorld(world.accounts, query), [world.accounts, query]);
  const org = world.organization;
  const matches = shown.reduce((n, a) => n + a.users.length + a.roles.length + a.samlProviders.length + a.oidcProviders.length, 0);

  const selection: RoleSelection = {
    selected,
    select: setSelected,
    edits,
    edit: (arn, text) =>
      setEdits((e) => {
        const next = { ...e };
        if (text === null) delete next[arn];
        else next[arn] = text;
        return next;
      }),
    onUse,
    ...(live ? { live } : {}),
  };

  return (
    <>
      {live?.lost?.length ? (
        <p role="status" className="rounded border border-warn/40 bg-warn-soft px-3 py-2 text-[13px] text-fg" data-testid="world-edits-lost">
          <Trans
            id="world.editsLost"
            message="The live edits made before the reload are gone ({arns}): the sandbox in this page starts again from the world file. It keeps its edits across a reload only with “Keep credentials and history on this device (encrypted)” on, once the saved data is unlocked."
            values={{ arns: <Verbatim>{live.lost.join(', ')}</Verbatim> }}
          />
        </p>
      ) : null}
      <div data-testid="world-organization">
        <h2 className="mb-1 text-sm font-semibold text-fg">{i18n._({ id: 'world.organization', message: 'Organization' })}</h2>
        {org?.managementAccountId ? (
          <KeyValueList
            rows={[
              {
                key: 'mgmt',
                label: i18n._({ id: 'world.managementAccount', message: 'Management account' }),
                value: (
                  <span className="font-mono text-xs leading-5" translate="no">
                    {accountName(world, org.managementAccountId)}
                  </span>
                ),
              },
              {
                key: 'members',
                label: i18n._({ id: 'world.memberAccounts', message: 'Member accounts' }),
                value: (org.memberAccountIds ?? []).length ? (
                  <span className="font-mono text-xs leading-5" translate="no">
                    {(org.memberAccountIds ?? []).map((id) => accountName(world, id)).join(', ')}
                  </span>
                ) : (
                  <span className="text-xs">{i18n._({ id: 'world.none', message: 'None' })}</span>
                ),
              },
              {
                key: 'root',
                label: i18n._({ id: 'world.centralizedRoot', message: 'Centralized root access' }),
                value: (
                  <span className="text-xs">
                    {org.centralizedRootAccess
                      ? i18n._({ id: 'world.centralizedRoot.on', message: 'Enabled: AssumeRoot works on member accounts' })
                      : i18n._({ id: 'world.centralizedRoot.off', message: 'Not enabled: AssumeRoot is refused' })}
                  </span>
                ),
              },
            ]}
          />
        ) : (
          <p className="text-xs text-muted">{i18n._({ id: 'world.noOrganization', message: 'The world has no organization: its accounts stand alone.' })}</p>
        )}
      </div>

      <div>
        <label htmlFor={filterId} className="mb-1 block text-[13px] font-medium text-fg">
          {i18n._({ id: 'world.find', message: 'Find a user, role or provider' })}
        </label>
        <input
          id={filterId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder="xaccounts3access, arn:aws:iam::…, AKIA…"
          aria-describedby={`${filterId}-hint`}
          className="input font-mono text-[13px]"
        />
        <p id={`${filterId}-hint`} className="mt-0.5 text-[11px] text-muted" aria-live="polite">
          {query.trim() === ''
            ? i18n._({ id: 'world.find.hint', message: 'By name or ARN (access key IDs and MFA serials find users too; an account ID or alias shows the whole account).' })
            : matches === 0 && shown.length === 0
              ? i18n._({ id: 'world.find.nothing', message: 'Nothing in the world matches “{query}”.', values: { query: query.trim() } })
              : i18n._({ id: 'world.find.matches', message: '{count, plural, one {# entry matches} other {# entries match}} “{query}”.', values: { count: matches, query: query.trim() } })}
        </p>
      </div>

      {shown.map((a) => (
        <AccountSection key={a.id} account={a} world={world} selection={selection} />
      ))}
    </>
  );
}
