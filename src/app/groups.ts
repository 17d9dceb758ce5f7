import { operations } from '../catalog/operations';
import type { OperationGroup, OperationSpec } from '../catalog/types';

export const GROUP_LABELS: Record<OperationGroup, string> = {
  assume: 'Assume a role',
  tokens: 'Get tokens',
  inspect: 'Inspect',
};

const ORDER: readonly OperationGroup[] = ['assume', 'tokens', 'inspect'];

/** The menu: the catalog grouped the way users think, in catalog order within each group. */
export const MENU: ReadonlyArray<{ group: OperationGroup; label: string; items: readonly OperationSpec[] }> = ORDER.map((group) => ({
  group,
  label: GROUP_LABELS[group],
  items: operations.filter((o) => o.group === group),
}));

/** Menu order, flattened: Alt+1…9 pick from this list. */
export const MENU_ORDER: readonly OperationSpec[] = MENU.flatMap((g) => g.items);
