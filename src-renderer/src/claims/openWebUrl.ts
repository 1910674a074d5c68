import { isLinkableUrl } from '../../../src-main/core/report/isLinkableUrl';

export const WEB_ONLY_MESSAGE =
  'Only web addresses (starting with http:// or https://) can be opened. Check the address and try again.';

/**
 * Opens a web address outside the workbench. Only http(s) is allowed: a `file:` or `javascript:`
 * address pasted from an article must never run or read anything. The Electron shell routes
 * `window.open` to the system browser.
 */
export function openWebUrl(url: string): boolean {
  const address = url.trim();
  if (!/^https?:\/\//i.test(address) || !isLinkableUrl(address)) return false;
  window.open(address, '_blank', 'noopener,noreferrer');
  return true;
}
