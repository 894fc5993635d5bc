export { explorerOutsideProduction, explorerRoutes, EXPLORER_PATH } from './explorer-routes';
export type { ExplorerPageOptions } from './explorer-page';
export { landingPageLinkingExplorer, withOfflineNotice } from './landing-page-link';
