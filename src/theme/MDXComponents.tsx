import MDXComponents from '@theme-original/MDXComponents';
import SettingsPath from '@site/src/components/SettingsPath';

// Components every MDX page can use without an import.
export default {
  ...MDXComponents,
  SettingsPath,
};
