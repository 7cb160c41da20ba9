import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageFromBrowser, parseLanguage } from './language';

describe('languageFromBrowser', () => {
  it.each([
    { preferred: ['zh'], want: 'zh-CN' },
    { preferred: ['zh-CN', 'en'], want: 'zh-CN' },
    { preferred: ['zh-Hans'], want: 'zh-CN' },
    { preferred: ['zh-Hans-CN'], want: 'zh-CN' },
    { preferred: ['zh-SG'], want: 'zh-CN' },
    { preferred: ['zh-TW'], want: 'en' },
    { preferred: ['zh-Hant-HK', 'zh-CN'], want: 'zh-CN' },
    { preferred: ['en-GB', 'zh-CN'], want: 'en' },
    { preferred: ['fr-FR', 'zh'], want: 'zh-CN' },
    { preferred: ['de'], want: 'en' },
    { preferred: [], want: 'en' },
  ])('$preferred → $want', ({ preferred, want }) => {
    expect(languageFromBrowser(preferred)).toBe(want);
  });
});

describe('chooseLanguage', () => {
  it.each([
    { name: '?lang=en wins over a stored and a browser choice', search: '?lang=en', stored: 'zh-CN', preferred: ['zh-CN'], want: 'en' },
    { name: '?lang=zh-CN wins over a stored choice', search: '?x=1&lang=zh-CN', stored: 'en', preferred: ['en'], want: 'zh-CN' },
    { name: 'the stored choice wins over the browser', search: '', stored: 'en', preferred: ['zh-CN'], want: 'en' },
    { name: 'the browser decides a first visit', search: '', stored: null, preferred: ['zh-CN'], want: 'zh-CN' },
    { name: 'an unknown ?lang is ignored', search: '?lang=fr', stored: null, preferred: ['zh'], want: 'zh-CN' },
    { name: 'a damaged stored value is ignored', search: '', stored: 'klingon', preferred: ['en-US'], want: 'en' },
    { name: 'a link\'s language wins over the browser', search: '', stored: null, preferred: ['en-US'], suggested: 'zh-CN', want: 'zh-CN' },
    { name: 'the stored choice wins over a link\'s language', search: '', stored: 'en', preferred: ['zh-CN'], suggested: 'zh-CN', want: 'en' },
    { name: '?lang wins over a link\'s language', search: '?lang=en', stored: null, preferred: ['zh-CN'], suggested: 'zh-CN', want: 'en' },
  ])('$name', ({ search, stored, preferred, suggested, want }) => {
    expect(chooseLanguage({ search, stored, preferred, suggested })).toBe(want);
  });
  it('reads tags case-insensitively', () => {
    expect(parseLanguage('ZH-cn')).toBe('zh-CN');
    expect(parseLanguage('EN')).toBe('en');
  });
});
