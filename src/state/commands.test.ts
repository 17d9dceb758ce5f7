import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations } from '../catalog/operations';
import { translator } from '../i18n/test-support/translate';
import { COMMANDS, NAV_SECTIONS, PALETTE_COMMANDS, TOOLS, commandForKey, commandWords, isEnabled, paletteMatches, type CommandText, type KeyPress } from './commands';

const inEnglish = (t: CommandText) => commandWords(t, translator('en'), 'en');
const inFrench = (t: CommandText) => commandWords(t, translator('fr'), 'fr');

const navCommands = NAV_SECTIONS.flatMap((s) => s.groups.flatMap((g) => g.commands));
const press = (p: Partial<KeyPress>): KeyPress => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...p });

describe('the command registry', () => {
  it('lists every operation of the catalog, every tool and every lab in the menus and in the palette', () => {
    // Every lab file of the repository, read here independently of the registry's own index.
    const dir = new URL('../../labs/', import.meta.url);
    const labs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { id: string }).id);
    expect(labs.length).toBeGreaterThan(0);
    for (const list of [navCommands, PALETTE_COMMANDS]) {
      const runs = list.map((c) => c.run);
      for (const o of operations) expect(runs, o.name).toContainEqual({ kind: 'operation', operation: o.name });
      for (const t of TOOLS) expect(runs, t.key).toContainEqual({ kind: 'tool', tool: t.key });
      for (const id of labs) expect(runs, id).toContainEqual({ kind: 'lab', labId: id });
    }
  });

  it('gives each command one id and each shortcut one command', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const keys = COMMANDS.flatMap((c) => (c.shortcut ? [`${c.shortcut.mod ? 'mod+' : ''}${c.shortcut.alt ? 'alt+' : ''}${(c.shortcut.code ?? c.shortcut.key ?? '').toLowerCase()}`] : []));
    expect(keys.length).toBeGreaterThanOrEqual(11);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut.hint] : []))).size).toBe(keys.length);
  });

  it('maps the page-wide keys: Ctrl/Cmd+Enter sends, Ctrl/Cmd+K opens the palette, Alt+1…9 the menu\'s first nine operations', () => {
    expect(commandForKey(press({ ctrlKey: true, key: 'Enter' }))?.run).toEqual({ kind: 'send' });
    expect(commandForKey(press({ metaKey: true, key: 'K' }))?.run).toEqual({ kind: 'open-palette' });
    const menuOps = navCommands.filter((c) => c.area === 'operations');
    expect(commandForKey(press({ altKey: true, code: 'Digit1', key: '¡' }))).toBe(menuOps[0]);
    expect(commandForKey(press({ altKey: true, code: 'Digit9' }))).toBe(menuOps[8]);
    expect(commandForKey(press({ ctrlKey: true, shiftKey: true, key: 'Enter' }))).toBeUndefined();
    expect(commandForKey(press({ ctrlKey: true, altKey: true, key: 'k' }))).toBeUndefined();
    expect(commandForKey(press({ key: 'k' }))).toBeUndefined();
  });

  it('keeps Send and Alt+n from running while the palette has the keyboard, and Send while a tool is on screen', () => {
    const send = commandForKey(press({ ctrlKey: true, key: 'Enter' }))!;
    const alt1 = commandForKey(press({ altKey: true, code: 'Digit1' }))!;
    expect(isEnabled(send, { paletteOpen: false, formShown: true })).toBe(true);
    expect(isEnabled(send, { paletteOpen: true, formShown: true })).toBe(false);
    expect(isEnabled(send, { paletteOpen: false, formShown: false })).toBe(false);
    expect(isEnabled(alt1, { paletteOpen: true, formShown: true })).toBe(false);
    expect(isEnabled(alt1, { paletteOpen: false, formShown: false })).toBe(true);
  });

  it('finds entries by CLI name, tool and lab words in the palette', () => {
    expect(paletteMatches('assume-role-with-saml', inEnglish).map((c) => inEnglish(c.label))).toContain('AssumeRoleWithSAML');
    expect(paletteMatches('TOOL', inEnglish).every((c) => c.area === 'tools')).toBe(true);
    expect(paletteMatches('lab', inEnglish).some((c) => c.area === 'labs')).toBe(true);
    expect(paletteMatches('zzz-nothing', inEnglish)).toEqual([]);
    expect(paletteMatches('  ', inEnglish)).toBe(PALETTE_COMMANDS);
  });

  it('speaks the reader\'s language: French labels and lab titles are what the palette finds, operation names stay AWS\'s', () => {
    const french = paletteMatches('vérification des autorisations', inFrench);
    expect(french.map((c) => c.run)).toEqual([{ kind: 'tool', tool: 'permission-check' }]);
    expect(paletteMatches('Permission check', inFrench)).toEqual([]);
    expect(paletteMatches('AssumeRoleWithSAML', inFrench).map((c) => inFrench(c.label))).toContain('AssumeRoleWithSAML');
    const lab = PALETTE_COMMANDS.find((c) => c.area === 'labs')!;
    expect('lab' in lab.label && lab.label.lab.fr !== lab.label.lab.en).toBe(true);
    expect(paletteMatches(inFrench(lab.label), inFrench)).toContain(lab);
    expect(NAV_SECTIONS.map((s) => translator('fr')(s.label))).toEqual(['Opérations', 'Outils', 'Exercices']);
  });
});
