export const testSiteConfig = {
  title: 'Photo Recovery Guide',
  url: 'https://photos.example.org',
  baseUrl: '/',
  customFields: {},
};

export default function useDocusaurusContext() {
  return { siteConfig: testSiteConfig, siteMetadata: {}, globalData: {}, i18n: {} };
}
