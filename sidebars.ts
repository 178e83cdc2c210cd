import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered the way a worried reader needs it: understand first, then the guides in the order to try them.
// Contract order of "Recovery guides": 102, 103, 104, 107, 108, 105, 106, 109. Guides 102-105 come from
// the content-a branch and slot in around these when the branches are merged.
const sidebars: SidebarsConfig = {
  guide: [
    'why-photos-are-missing',
    {
      type: 'category',
      label: 'Recovery guides',
      link: { type: 'doc', id: 'guides/index' },
      items: [
        'guides/photo-services',
        'guides/messages-and-shared-albums',
        'guides/older-icloud-backup',
        'guides/recovery-software',
      ],
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
  ],
};

export default sidebars;
