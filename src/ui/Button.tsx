import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A square icon button (give it an aria-label). */
  icon?: boolean;
}

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-fg border-accent hover:bg-accent-hover hover:border-accent-hover',
  secondary: 'bg-surface text-fg border-line-strong hover:bg-surface-2',
  ghost: 'bg-transparent text-fg border-transparent hover:bg-surface-2',
  danger: 'bg-surface text-danger border-danger hover:bg-danger-soft',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'h-6 px-2 text-xs gap-1',
  md: 'h-7.5 px-3 text-[13px] gap-1.5',
};

const ICON_SIZES: Record<ButtonSize, string> = {
  sm: 'size-6',
  md: 'size-7.5',
};

/** The one button. Always give it visible text or an aria-label. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', icon = false, className, type = 'button', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={cx(
        'inline-flex shrink-0 items-center justify-center rounded border font-medium whitespace-nowrap transition-colors [&>svg]:shrink-0',
        'disabled:cursor-not-allowed disabled:opacity-50',
        VARIANTS[variant],
        icon ? ICON_SIZES[size] : SIZES[size],
        className,
      )}
      {...rest}
    />
  );
});
