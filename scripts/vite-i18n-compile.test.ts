import { describe, expect, it } from 'vitest';
import { compileDescriptors } from './vite-i18n-compile';

describe('compileDescriptors (English compiled at build time)', () => {
  it('compiles descriptors marked /*i18n*/, i18n._ arguments and <Trans message>', () => {
    const code = [
      "const a = /*i18n*/ { id: 'x.left', message: '{duration} left', values: { duration } };",
      "const b = i18n._({ id: 'x.plain', message: \"Role's name\" });",
      'const c = <Trans id="x.keys" message="Press <0>{mod}</0>" values={{ mod }} />;',
    ].join('\n');
    const out = compileDescriptors(code, 'f.tsx')!;
    expect(out).toContain(`message: [["duration"]," left"]`);
    expect(out).toContain(`message: ["Role's name"]`);
    expect(out).toContain(`message={["Press <0>",["mod"],"</0>"]}`);
  });

  it('compiles a descriptor an arrow function returns in parentheses (a lone placeholder too)', () => {
    const code = "export const quoted = (detail: string) => /*i18n*/ ({ id: 'x.quoted', message: '{detail}', values: { detail } });";
    expect(compileDescriptors(code, 'f.ts')).toContain(`message: [["detail"]]`);
  });

  it('drops the translators’ comment from descriptors and <Trans>, keeping id, message and values', () => {
    const code = [
      "const a = /*i18n*/ { id: 'x.left', comment: 'Shown under the clock', message: 'Left', values: { n } };",
      "const b = i18n._({ id: 'x.last', message: 'Last', comment: 'Button' });",
      'const c = <Trans id="x.t" comment="A heading" message="Title" />;',
    ].join('\n');
    const out = compileDescriptors(code, 'f.tsx')!;
    expect(out).not.toMatch(/comment|Shown under|Button|A heading/);
    const flat = out.replace(/\s+/g, '');
    expect(flat).toContain(`{id:'x.left',message:["Left"],values:{n}}`);
    expect(flat).toContain(`{id:'x.last',message:["Last"],}`);
    expect(flat).toContain('<Transid="x.t"message={["Title"]}/>');
  });

  it('leaves other objects with a message alone', () => {
    const code = "const issue = { id: 'too-long', message: 'At most {max}' };\nthrow new Error({ message: 'x' }.message);";
    expect(compileDescriptors(code, 'f.ts')).toBeNull();
  });
});
