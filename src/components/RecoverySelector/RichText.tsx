import type { ReactNode } from 'react';
import SettingsPath from '@site/src/components/SettingsPath';

interface Props {
  /** Plain text where `**bold**` is bold and `**A > B**` is a menu path. */
  text: string;
}

/** Shows the model's help and advice text, with the site's usual bold menu paths. */
export default function RichText({ text }: Props): ReactNode {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, index) =>
      index % 2 === 0 ? (
        part
      ) : part.includes(' > ') ? (
        <SettingsPath key={index} path={part} />
      ) : (
        <strong key={index}>{part}</strong>
      ),
    );
}
