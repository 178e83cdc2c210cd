import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered the way a worried reader needs it: understand first, then the guides in the order to try them.
const sidebars: SidebarsConfig = {
  guide: [
    'why-photos-are-missing',
    {
      type: 'category',
      label: 'For support agents',
      items: ['for-support-agents'],
    },
  ],
};

export default sidebars;
