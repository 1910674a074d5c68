import MarkdownIt from 'markdown-it';
import { isLinkableUrl } from './isLinkableUrl';

/**
 * The one Markdown parser for text written in Factdesk (conclusions, notes, methodology), set up
 * as if that text were hostile: raw HTML stays text, only http, https and mailto links survive
 * (others stay as plain text), bare URLs are not auto-linked, and images are off because a
 * report must load nothing from the network.
 */
export const safeMarkdownIt = new MarkdownIt('default', {
  html: false,
  linkify: false,
  typographer: false,
});
safeMarkdownIt.validateLink = isLinkableUrl;
safeMarkdownIt.disable('image');

const defaultLinkOpen = safeMarkdownIt.renderer.rules.link_open;
safeMarkdownIt.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, index, options, env, self)
    : self.renderToken(tokens, index, options);
};
