import MDXComponents from '@theme-original/MDXComponents';
import SettingsPath from '@site/src/components/SettingsPath';
import AnswerHeading from '@site/src/components/AnswerHeading';

// Components every MDX page can use without an import, and our `##` headings (copy buttons on FAQ answers).
export default {
  ...MDXComponents,
  SettingsPath,
  h2: AnswerHeading,
};
