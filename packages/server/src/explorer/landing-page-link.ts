import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** What the landing page says when Apollo Sandbox cannot be loaded from Apollo's servers. */
function offlineNotice(explorerPath: string): string {
  return `<p>The graph's own explorer needs no internet: open <a href="${explorerPath}">${explorerPath}</a>.</p>`;
}

/** Adds the notice to the page's fallback, the part a browser shows when Sandbox does not load. */
export function withOfflineNotice(html: string, explorerPath: string): string {
  return html.replace(/(<div class="fallback">[\s\S]*?)(<\/div>)/, (_match, fallback: string, end: string) => `${fallback}  ${offlineNotice(explorerPath)}\n${end}`);
}

/** Sandbox covers the notice once it loads, so only an offline browser sees it. */
export function landingPageLinkingExplorer<TContext extends BaseContext>(landingPage: ApolloServerPlugin<TContext>, explorerPath: string): ApolloServerPlugin<TContext> {
  return {
    ...landingPage,
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      const render = listener?.renderLandingPage?.bind(listener);
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          return { html: async () => withOfflineNotice(typeof page.html === 'string' ? page.html : await page.html(), explorerPath) };
        },
      };
    },
  };
}
