import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '@lingui/react';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-support/translate';
import { ErrorBoundary } from './ErrorBoundary';

const inLanguage = (locale: 'en' | 'fr', node: ReactNode) => renderToStaticMarkup(<I18nProvider i18n={testI18n(locale)}>{node}</I18nProvider>);

/** The boundary as React drives it after a child threw: getDerivedStateFromError, then render. */
function failed(label: string, thrown: unknown): ErrorBoundary {
  const boundary = new ErrorBoundary({ label, children: <p>the panel</p> });
  boundary.state = { ...boundary.state, ...ErrorBoundary.getDerivedStateFromError(thrown) };
  return boundary;
}

function findButton(node: ReactNode): ReactElement<{ onClick: () => void; children: ReactNode }> | null {
  if (!isValidElement<{ children?: ReactNode; onClick?: () => void }>(node)) return Array.isArray(node) ? node.map(findButton).find((b) => b !== null) ?? null : null;
  if (node.props.onClick) return node as ReactElement<{ onClick: () => void; children: ReactNode }>;
  return findButton(node.props.children);
}

describe('ErrorBoundary', () => {
  it('renders its children while nothing failed', () => {
    expect(renderToStaticMarkup(<ErrorBoundary label="The SAML inspector">{<p>the panel</p>}</ErrorBoundary>)).toBe('<p>the panel</p>');
  });

  it('shows an error card naming what failed and the message, in place of the children', () => {
    const html = inLanguage('en', failed('The SAML inspector', new RangeError('Maximum call stack size exceeded')).render());
    expect(html).toContain('role="alert"');
    expect(html).toContain('The SAML inspector failed');
    expect(html).toContain('your credentials are unaffected');
    expect(html).toContain('Maximum call stack size exceeded');
    expect(html).toContain('Try again');
    expect(html).not.toContain('the panel');
  });

  it('turns a thrown non-Error into a message too', () => {
    expect(inLanguage('en', failed('The tool', 'plain string').render())).toContain('plain string');
  });

  it('speaks French when French is chosen, keeping the thrown message as it is', () => {
    const html = inLanguage('fr', failed("L'inspecteur SAML", new RangeError('Maximum call stack size exceeded')).render());
    expect(html).toContain("L&#x27;inspecteur SAML : une erreur a interrompu cette partie");
    expect(html).toContain('Réessayer');
    expect(html).toContain('lang="en" translate="no">Maximum call stack size exceeded');
  });

  it('"Try again" clears the error, so the children render afresh', () => {
    const boundary = failed('The history', new Error('boom'));
    let next: unknown = null;
    boundary.setState = ((s: unknown) => (next = s)) as typeof boundary.setState;
    const button = findButton(boundary.render());
    expect(inLanguage('en', button?.props.children)).toBe('Try again');
    button?.props.onClick();
    expect(next).toEqual({ error: null });
  });

  it('clears a shown error when its reset key changes (another operation on screen), and only then', () => {
    const boundary = failed('The form', new Error('boom'));
    expect(ErrorBoundary.getDerivedStateFromProps({ label: 'The form', children: null }, boundary.state)).toBeNull();
    expect(ErrorBoundary.getDerivedStateFromProps({ label: 'The form', resetKey: 'AssumeRole', children: null }, boundary.state)).toEqual({ error: null, resetKey: 'AssumeRole' });
  });
});
