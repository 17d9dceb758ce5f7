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
