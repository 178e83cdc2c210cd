import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered the way a worried reader needs it: understand first, then the guides in the order to try them.
const sidebars: SidebarsConfig = {
  guide: [
    'why-photos-are-missing',
    {
      type: 'category',
      label: 'Recovery guides',
      link: { type: 'doc', id: 'guides/index' },
      // The order to try them (facts.md §1 claim 25). Content-b's guides slot in as the contract
      // says: photo-services and messages-and-shared-albums after icloud-com-and-other-devices,
      // then older-icloud-backup and recovery-software after computer-backup.
      items: [
        'guides/icloud-photos-sync',
        'guides/recently-deleted-and-hidden',
        'guides/icloud-com-and-other-devices',
        'guides/computer-backup',
      ],
    },
    {
      type: 'category',
      label: 'Prevent it next time',
      items: ['prevent/before-you-restore', 'prevent/keep-a-second-copy'],
    },
  ],
};

export default sidebars;
