import { browser } from 'wxt/browser';

/**
 * Opens Parole's panel for one tab. Chrome gets a panel bound to the tab (its path carries
 * `?tabId=`, so it never shows another tab's thread); Firefox opens its sidebar, which follows the
 * active tab. Must run in the handler of a user gesture (click, keyboard shortcut).
 */
export function openPanelFor(tabId: number): Promise<void> {
  const sidePanel = (browser as unknown as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (sidePanel) {
    // No await between the two calls: open() must stay inside the user gesture.
    void sidePanel.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true });
    return sidePanel.open({ tabId });
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.resolve();
}
