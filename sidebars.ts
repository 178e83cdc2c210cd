import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered the way a worried reader needs it: understand first, then the guides in the order to try
// them (facts.md §1 claim 25), then prevention, the FAQ and the glossary.
const sidebars: SidebarsConfig = {
  guide: [
    'why-photos-are-missing',
    'which-option',
    {
      type: 'category',
      label: 'Recovery guides',
      link: { type: 'doc', id: 'guides/index' },
      items: [
        'guides/icloud-photos-sync',
        'guides/recently-deleted-and-hidden',
        'guides/icloud-com-and-other-devices',
        'guides/photo-services',
        'guides/messages-and-shared-albums',
        'guides/computer-backup',
        'guides/older-icloud-backup',
        'guides/recovery-software',
      ],
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
