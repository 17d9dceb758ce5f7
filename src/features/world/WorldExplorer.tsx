import { useId, useMemo, useState, type ReactNode } from 'react';
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
  sandboxError: string | null;
  /** Fill an operation's form with a role (and provider) and show that operation. */
  onUse: (use: RoleUse) => void;
  /** Live edits of the sandbox in use (absent: the tool only reads the world). */
  live?: LiveWorld;
}

const SUMMARY =
  'What the built-in sandbox STS knows: its accounts, users, roles and identity providers. Open a role’s trust policy to read it with the policy editor’s help, change it or its permissions in your sandbox at once, then try the role in AssumeRole.';

/** The tool's frame, shared with the other tools. */
const Frame = ({ children }: { children: ReactNode }) => (
  <ToolCard title="Sandbox world" summary={SUMMARY} testId="sandbox-world-tool">
    {children}
  </ToolCard>
);

const TARGET_NAME = { aws: 'AWS', custom: 'a custom endpoint' } as const;

export function WorldExplorer({ target, world, sandboxStatus, sandboxError, onUse, live }: WorldExplorerProps) {
  if (target !== 'sandbox') {
    return (
      <Frame>
        <p className="rounded border border-line bg-surface-2 px-3 py-2 text-[13px] text-fg" data-testid="world-unavailable">
          The world is only known for the sandbox. Calls now go to {TARGET_NAME[target]}, whose accounts, users and roles this workbench cannot list. Switch the target to the
          sandbox under Connection to explore its world.
        </p>
      </Frame>
    );
  }
  if (!world) {
    return (
      <Frame>
        {sandboxStatus === 'error' ? (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-3 py-2 text-[13px] text-fg" data-testid="world-unavailable">
            The sandbox could not be reached, so its world is unknown{sandboxError ? `: ${sandboxError}` : '.'}
          </p>
        ) : (
          <p className="flex items-center gap-2 text-[13px] text-muted">
            <Spinner label="Looking for the sandbox" /> Looking for the sandbox…
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
          The live edits made before the reload are gone ({live.lost.join(', ')}): the sandbox in this page starts again from the world file. It keeps its edits across a reload only
          with “Keep credentials and history on this device (encrypted)” on, once the saved data is unlocked.
        </p>
      ) : null}
      <div data-testid="world-organization">
        <h2 className="mb-1 text-sm font-semibold text-fg">Organization</h2>
        {org?.managementAccountId ? (
          <KeyValueList
            rows={[
              { key: 'mgmt', label: 'Management account', value: <span className="font-mono text-xs leading-5">{accountName(world, org.managementAccountId)}</span> },
              {
                key: 'members',
                label: 'Member accounts',
                value: <span className="font-mono text-xs leading-5">{(org.memberAccountIds ?? []).map((id) => accountName(world, id)).join(', ') || 'None'}</span>,
              },
              {
                key: 'root',
                label: 'Centralized root access',
                value: <span className="text-xs">{org.centralizedRootAccess ? 'Enabled: AssumeRoot works on member accounts' : 'Not enabled: AssumeRoot is refused'}</span>,
              },
            ]}
          />
        ) : (
          <p className="text-xs text-muted">The world has no organization: its accounts stand alone.</p>
        )}
      </div>

      <div>
        <label htmlFor={filterId} className="mb-1 block text-[13px] font-medium text-fg">
          Find a user, role or provider
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
            ? 'By name or ARN (access key IDs and MFA serials find users too; an account ID or alias shows the whole account).'
            : matches === 0 && shown.length === 0
              ? `Nothing in the world matches “${query.trim()}”.`
              : `${matches} ${matches === 1 ? 'entry matches' : 'entries match'} “${query.trim()}”.`}
        </p>
      </div>

      {shown.map((a) => (
        <AccountSection key={a.id} account={a} world={world} selection={selection} />
      ))}
    </>
  );
}
