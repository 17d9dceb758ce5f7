/**
 * Moves the keyboard focus into a form: to a parameter's control, or to the first control when no
 * parameter is named. Returns false when the form has no such control (an operation with no parameters).
 */
export function focusField(form: HTMLElement | null, param?: string): boolean {
  const scope = param ? form?.querySelector(`[data-param="${CSS.escape(param)}"]`) : form;
  const control = scope?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])');
  control?.focus();
  return control !== null && control !== undefined;
}

/** Marks the placeholder a form shows while its fields' code loads (OperationForm). */
export const FIELDS_LOADING_ATTRIBUTE = 'data-fields-loading';

/**
 * focusField, once the form's fields are there: while they load (the placeholder is in the form) it waits
 * for them, up to `waitMs`, so a keyboard user who chose an operation lands in its form, not on <body>.
 * `otherwise` runs when the form has no control to take the focus.
 */
export function focusFieldWhenShown(form: HTMLElement | null, otherwise: () => void, waitMs = 5000): void {
  const loading = () => form?.querySelector(`[${FIELDS_LOADING_ATTRIBUTE}]`) != null;
  if (!form || !loading()) {
    if (!focusField(form)) otherwise();
    return;
  }
  const observer = new MutationObserver(() => {
    if (loading()) return;
    stop();
    if (!focusField(form)) otherwise();
  });
  const timer = setTimeout(() => {
    stop();
    otherwise();
  }, waitMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(form, { childList: true, subtree: true });
}
