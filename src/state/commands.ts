/**
 * The one command registry. Every operation, tool, lab and page-wide action is a command described as
 * plain data: its id, label, area, the words that find it, its shortcut, what running it does and when
 * it is enabled. The sidebar menus, the palette and the keyboard shortcuts are all read from this list
 * (src/app/useCommands.ts runs a command; src/ui/NavMenu.tsx and src/ui/CommandPalette.tsx draw it).
 */
import { isUnsignedOperation, OPERATION_HEADINGS } from '../catalog/directory';
import type { OperationGroup, OperationName } from '../catalog/types';
import type { Message } from '../kernel/message';
import { labText, type LabText } from '../labs/format';
import { LAB_INDEX } from './labIndex';

/**
 * A command's words. The workbench's own text is a Message (drawn in the reader's language); an operation's
 * name is AWS's, shown verbatim; a lab's title comes in the lab file's own languages; `pending` is English
 * from a module not converted yet (the catalog's operation summaries), shown marked so.
 */
export type CommandText = { readonly message: Message } | { readonly verbatim: string } | { readonly lab: LabText } | { readonly pending: string };

/** The words as plain text (the palette's filter, a link's title), given the UI's translator and language. */
export function commandWords(text: CommandText, translate: (m: Message) => string, lang: string): string {
  if ('message' in text) return translate(text.message);
  if ('lab' in text) return labText(text.lab, lang);
  return 'verbatim' in text ? text.verbatim : text.pending;
}

const m = (message: Message): CommandText => ({ message });

export const TOOLS = [
  { key: 'labs', label: m(/*i18n*/ { id: 'tools.labs', message: 'Labs' }), summary: m(/*i18n*/ { id: 'tools.labs.summary', message: 'Guided exercises, each step checked from the calls you send' }) },
  { key: 'access-key', label: m(/*i18n*/ { id: 'tools.accessKey', message: 'Access key inspector' }), summary: m(/*i18n*/ { id: 'tools.accessKey.summary', message: 'Kind and account of any access key ID, decoded offline' }) },
  { key: 'authorization-message', label: m(/*i18n*/ { id: 'tools.authorizationMessage', message: 'Authorization message' }), summary: m(/*i18n*/ { id: 'tools.authorizationMessage.summary', message: 'Paste an access-denied error: decode and read its message' }) },
  { key: 'sandbox-world', label: m(/*i18n*/ { id: 'tools.sandboxWorld', message: 'Sandbox world' }), summary: m(/*i18n*/ { id: 'tools.sandboxWorld.summary', message: 'Accounts, users, roles and trust policies of the sandbox' }) },
  { key: 'permission-check', label: m(/*i18n*/ { id: 'tools.permissionCheck', message: 'Permission check' }), summary: m(/*i18n*/ { id: 'tools.permissionCheck.summary', message: 'What can these credentials do?' }) },
] as const;
export type ToolName = (typeof TOOLS)[number]['key'];

/** What running a command does; the app maps each kind to one handler. */
export type CommandRun = { kind: 'operation'; operation: OperationName } | { kind: 'tool'; tool: ToolName } | { kind: 'lab'; labId: string } | { kind: 'send' } | { kind: 'open-palette' };

/** A key combination: `mod` is Ctrl (Cmd on macOS); `code` is the physical key (Alt+digit types a symbol on macOS). */
export interface Shortcut {
  mod?: boolean;
  alt?: boolean;
  key?: string;
  code?: string;
  /** As the menu shows it ("Alt 1"). */
  hint: string;
}

/** When a command may run, checked against the screen's state. */
export interface CommandWhen {
  /** Not while the palette is open (it has the keyboard). */
  paletteClosed?: boolean;
  /** Only while an operation's form is on screen (not a tool). */
  formShown?: boolean;
}

export type CommandArea = 'operations' | 'tools' | 'labs' | 'page';

export interface Command {
  id: string;
  label: CommandText;
  summary: CommandText;
  area: CommandArea;
  /** The heading it is listed under (menu group, palette column). */
  group: CommandText;
  /** Also found by, in the palette. */
  keywords: string;
  shortcut?: Shortcut;
  run: CommandRun;
  when?: CommandWhen;
  /** Unsigned operations show an open lock in the menu. */
  unsigned?: boolean;
}

const GROUP_LABELS: Record<OperationGroup, CommandText> = {
  assume: m(/*i18n*/ { id: 'nav.group.assume', message: 'Assume a role' }),
  tokens: m(/*i18n*/ { id: 'nav.group.tokens', message: 'Get tokens' }),
  inspect: m(/*i18n*/ { id: 'nav.group.inspect', message: 'Inspect' }),
};
const TOOLS_HEADING: Message = /*i18n*/ { id: 'nav.tools', message: 'Tools' };
const LABS_HEADING: Message = /*i18n*/ { id: 'nav.labs', message: 'Labs' };
const TOOLS_GROUP = m(TOOLS_HEADING);
const LABS_GROUP = m(LABS_HEADING);
const PAGE_GROUP = m(/*i18n*/ { id: 'nav.page', message: 'Page' });
const GROUP_ORDER: readonly OperationGroup[] = ['assume', 'tokens', 'inspect'];

/** The catalog grouped the way users think, catalog order within each group: Alt+1…9 pick from this order. */
const MENU_OPERATIONS = GROUP_ORDER.flatMap((group) => OPERATION_HEADINGS.filter((o) => o.group === group));

const operationCommands: Command[] = MENU_OPERATIONS.map((o, i) => ({
  id: `operation:${o.name}`,
  label: { verbatim: o.name },
  summary: { message: o.summary },
  area: 'operations',
  group: GROUP_LABELS[o.group],
  keywords: o.cliName,
  ...(i < 9 ? { shortcut: { alt: true, code: `Digit${i + 1}`, hint: `Alt ${i + 1}` } } : {}),
  run: { kind: 'operation', operation: o.name },
  when: { paletteClosed: true },
  ...(isUnsignedOperation(o.name) ? { unsigned: true } : {}),
}));

const toolCommands: Command[] = TOOLS.map((t) => ({ id: `tool:${t.key}`, label: t.label, summary: t.summary, area: 'tools', group: TOOLS_GROUP, keywords: 'tool', run: { kind: 'tool', tool: t.key } }));

const labCommands: Command[] = LAB_INDEX.map((l) => ({ id: `lab:${l.id}`, label: { lab: l.title }, summary: m(/*i18n*/ { id: 'nav.labs.open', message: 'Open this lab and its guide' }), area: 'labs', group: LABS_GROUP, keywords: `lab ${l.id}`, run: { kind: 'lab', labId: l.id } }));

const pageCommands: Command[] = [
  { id: 'page:send', label: m(/*i18n*/ { id: 'command.send', message: 'Send' }), summary: m(/*i18n*/ { id: 'command.send.summary', message: 'Send the form on screen' }), area: 'page', group: PAGE_GROUP, keywords: 'send run call', shortcut: { mod: true, key: 'Enter', hint: 'Ctrl Enter' }, run: { kind: 'send' }, when: { paletteClosed: true, formShown: true } },
  { id: 'page:palette', label: m(/*i18n*/ { id: 'command.palette', message: 'Switch operation…' }), summary: m(/*i18n*/ { id: 'command.palette.summary', message: 'Find an operation, a tool or a lab' }), area: 'page', group: PAGE_GROUP, keywords: 'palette search', shortcut: { mod: true, key: 'k', hint: 'Ctrl K' }, run: { kind: 'open-palette' } },
];

export const COMMANDS: readonly Command[] = [...operationCommands, ...toolCommands, ...labCommands, ...pageCommands];

export interface NavSection {
  /** The landmark's name ("Operations", "Tools", "Labs"). */
  label: Message;
  area: Exclude<CommandArea, 'page'>;
  /** Folded when the page opens (the labs are many; the Labs area lists them too). */
  startsFolded: boolean;
  groups: ReadonlyArray<{ label: CommandText | null; commands: readonly Command[] }>;
}

const groupsOf = (commands: readonly Command[]) => [...new Set(commands.map((c) => c.group))].map((label) => ({ label, commands: commands.filter((c) => c.group === label) }));

/** The sidebar's menus, in order: the operations by group, the tools, the labs. */
export const NAV_SECTIONS: readonly NavSection[] = [
  { label: /*i18n*/ { id: 'nav.operations', message: 'Operations' }, area: 'operations', startsFolded: false, groups: groupsOf(operationCommands) },
  { label: TOOLS_HEADING, area: 'tools', startsFolded: false, groups: [{ label: null, commands: toolCommands }] },
  { label: LABS_HEADING, area: 'labs', startsFolded: true, groups: [{ label: null, commands: labCommands }] },
];

/** The palette lists every operation, tool and lab (the page's own actions have their keys and buttons). */
export const PALETTE_COMMANDS: readonly Command[] = COMMANDS.filter((c) => c.area !== 'page');

/** The palette's filter: label, keywords, summary and group as the reader sees them (`words`), case-insensitive. */
export function paletteMatches(query: string, words: (text: CommandText) => string, commands: readonly Command[] = PALETTE_COMMANDS): readonly Command[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return commands;
  return commands.filter((c) => `${words(c.label)} ${c.keywords} ${words(c.summary)} ${words(c.group)}`.toLocaleLowerCase().includes(q));
}

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The command a key press stands for, if any (Ctrl and Cmd both count as `mod`; Shift never is part of one). */
export function commandForKey(e: KeyPress, commands: readonly Command[] = COMMANDS): Command | undefined {
  const mod = e.ctrlKey || e.metaKey;
  if (e.shiftKey) return undefined;
  return commands.find((c) => {
    const s = c.shortcut;
    if (!s || Boolean(s.mod) !== mod || Boolean(s.alt) !== e.altKey) return false;
    return s.code !== undefined ? s.code === e.code : s.key !== undefined && s.key.toLowerCase() === e.key.toLowerCase();
  });
}

export interface CommandContext {
  paletteOpen: boolean;
  formShown: boolean;
}

export function isEnabled(command: Command, ctx: CommandContext): boolean {
  const w = command.when;
  return !(w?.paletteClosed && ctx.paletteOpen) && !(w?.formShown && !ctx.formShown);
}

/** The address a menu link shows (the route it opens); never a parameter or a secret. */
export function commandHref(c: Command): string {
  switch (c.run.kind) {
    case 'operation':
      return `#/${c.run.operation}`;
    case 'tool':
      return `#/tools/${c.run.tool}`;
    case 'lab':
      return '#/tools/labs';
    default:
      return '#';
  }
}
