import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { checkOrder, guideDocId } from './tooling/content/checkOrder';

// Ordered the way a worried reader needs it: understand first, then the guides in the one order of
// checks (tooling/content/checkOrder.ts, the only place that order is written), then prevention, the FAQ
// and the glossary.
const sidebars: SidebarsConfig = {
  guide: [
    'why-photos-are-missing',
    'which-option',
    {
      type: 'category',
      label: 'Recovery guides',
      link: { type: 'doc', id: 'guides/index' },
      items: checkOrder.map(guideDocId),
    },
    {
      type: 'category',
      label: 'Prevent it next time',
      items: ['prevent/before-you-restore', 'prevent/keep-a-second-copy'],
    },
    {
      type: 'category',
      label: 'FAQ',
      link: { type: 'doc', id: 'faq/index' },
      items: [
        'faq/after-a-restore',
        'faq/backups-and-storage',
        'faq/deleted-photos-and-other-copies',
        'faq/accounts-and-passwords',
      ],
    },
    'glossary',
    {
      type: 'category',
      label: 'For support agents',
      items: ['for-support-agents', 'which-option/how-it-decides'],
    },
  ],
};

export default sidebars;
