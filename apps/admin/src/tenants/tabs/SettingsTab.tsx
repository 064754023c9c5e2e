import { ApiKeysSection } from '../detail/ApiKeysSection';
import { ConfigurationSections } from '../detail/ConfigurationSections';
import { CustomDomainSection } from '../detail/CustomDomainSection';
import { useTabTenant } from './useTabTenant';

/** How the clinic is reached and configured: its domain, theme, feature flags and API keys. */
export function SettingsTab() {
  const tenant = useTabTenant();
  return (
    <div className="facts-grid detail-sections">
      <CustomDomainSection tenant={tenant} />
      <ConfigurationSections tenant={tenant} />
      <ApiKeysSection tenant={tenant} />
    </div>
  );
}
