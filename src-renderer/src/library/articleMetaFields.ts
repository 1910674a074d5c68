import type { ArticleMeta } from '../../../src-main/core/model';

export const emptyArticleMeta: ArticleMeta = {
  title: '',
  outlet: '',
  url: '',
  author: '',
  publishedAt: '',
  language: '',
};

export interface MetaField {
  name: keyof ArticleMeta;
  label: string;
  type: 'text' | 'url' | 'date';
  placeholder?: string;
  /** Spans both columns of the form. */
  wide?: boolean;
}

export const articleMetaFields: readonly MetaField[] = [
  {
    name: 'title',
    label: 'Title',
    type: 'text',
    placeholder: 'Taken from the first line if empty',
    wide: true,
  },
  { name: 'outlet', label: 'Outlet', type: 'text', placeholder: 'e.g. The Harbour Gazette' },
  { name: 'author', label: 'Author', type: 'text' },
  { name: 'url', label: 'URL', type: 'url', placeholder: 'https://…', wide: true },
  { name: 'publishedAt', label: 'Published', type: 'text', placeholder: 'YYYY-MM-DD' },
  { name: 'language', label: 'Language', type: 'text', placeholder: 'e.g. en, es' },
];
