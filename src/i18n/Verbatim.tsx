import type { ReactNode } from 'react';

/**
 * Text that stays as AWS writes it in every language (an STS error code or message, a parameter name, an ARN,
 * the `aws sts …` command): marked English for screen readers and not-to-translate for page translators.
 */
export function Verbatim({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span lang="en" translate="no" className={className}>
      {children}
    </span>
  );
}
