/** The sidebar's credential sets with their notes, and the vault's controls (loaded after the first paint by CredentialsArea). */
import { Text } from '../../i18n/Text';
import type { CredentialsModel } from './CredentialsArea';
import { CredentialSetsSection } from './CredentialSetsSection';
import { PersistenceControls } from './PersistenceControls';

export function CredentialsSidebar({ model }: { model: CredentialsModel }) {
  const { notes } = model;
  return (
    <CredentialSetsSection
      sets={model.sets}
      sandboxOffsetMs={model.sandboxOffsetMs}
      activeSetId={model.activeSetId}
      onUse={model.use}
      onRefresh={(s) => model.refresh(s)}
      onExport={model.setExporting}
      onForget={model.forget}
      status={(s) => {
        const note = notes[s.id];
        return note ? (
          <span role="status">
            <Text m={note} />
          </span>
        ) : null;
      }}
      storage={<PersistenceControls persistence={model.persistence} />}
    />
  );
}
