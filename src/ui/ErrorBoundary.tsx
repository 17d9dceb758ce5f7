import { Trans } from '@lingui/react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './Button';

interface Props {
  /** What this area is, already in the reader's language, for the error card: "The SAML inspector failed". */
  label: string;
  /** When this changes (another operation or tool on screen), a shown error is cleared; the children keep their state. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey?: unknown;
}

/**
 * Keeps a crash inside one panel: a render error (or one thrown by a lifecycle or effect) in the
 * children shows an error card in their place, and the rest of the app — with its in-memory
 * credentials — stays mounted. "Try again" renders the children afresh.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the developer's record; the message the user sees is on the card.
    console.error(`${this.props.label} failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div role="alert" className="space-y-2 rounded-md border border-danger/40 bg-danger-soft p-3 text-xs text-fg" data-testid="error-boundary">
        <p className="font-semibold">
          <Trans id="boundary.failed" message="{area} failed and was stopped; the rest of the workbench and your credentials are unaffected." values={{ area: this.props.label }} />
        </p>
        {/* The thrown error's own text: the developer's words (often the browser's), shown as they are. */}
        <p className="break-words font-mono" lang="en" translate="no">
          {error.message || error.name}
        </p>
        <Button size="sm" variant="secondary" onClick={() => this.setState({ error: null })}>
          <Trans id="boundary.tryAgain" message="Try again" />
        </Button>
      </div>
    );
  }
}
