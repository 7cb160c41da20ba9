// English and Simplified Chinese are equal: every key of every bundle exists in both, with the same
// interpolation variables and the plural forms each language has (English: _one and _other; Chinese has no
// singular, so i18next asks only for _other), and no English sentence is left in a Chinese string.
import { describe, expect, it } from 'vitest';
import type { HopKind, ReasonCode } from '../../core';
import graphEn from '../graph/i18n.en.json';
import graphZh from '../graph/i18n.zh-CN.json';
import lessonsEn from '../lessons/i18n.en.json';
import lessonsZh from '../lessons/i18n.zh-CN.json';
import shareEn from '../share/i18n.en.json';
import shareZh from '../share/i18n.zh-CN.json';
import timeEn from '../time/i18n.en.json';
import timeZh from '../time/i18n.zh-CN.json';
import type { HopDetailField, HopSentences } from '../traffic/wording';
import { hopDetailFieldNames, hopKindNames, reasonWords } from '../traffic/wording';
import en from './en.json';
import zh from './zh-CN.json';

// The typed wording tables, in Chinese: a hop kind, a variant, a reason or a detail field the core adds without
// Chinese words fails the type-check here, as the English tables do in wording.ts.
const zhHopKindNames: Readonly<Record<HopKind, string>> = zh.hopKind;
const zhHopSentences: HopSentences = zh.hop;
const zhReasonWords: Readonly<Record<ReasonCode, string>> = zh.reason;
const zhHopDetailFieldNames: Readonly<Record<HopDetailField, string>> = zh.detailKey;

type Bundle = { [key: string]: string | Bundle };

function flatten(bundle: Bundle, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(bundle)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** `{{count}}`, `{{max, number}}` → the variable names. */
const variables = (s: string): string[] => [...new Set([...s.matchAll(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();

/** The keys a language needs: English plurals as _one/_other, Chinese only _other. */
function expectedZhKeys(enKeys: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const k of enKeys) keys.add(k.endsWith('_one') ? k.replace(/_one$/, '_other') : k);
  return [...keys].sort();
}

// Names (kinds, fields, programs, chains) stay in English but never run three words long; what does is
// a real program's own text, quoted verbatim: kubectl's `error validating data` prefix and the ICMP message
// a REJECT rule sends. Any other run of Latin words is a leftover English sentence.
const keptTerms = /\b(?:error validating data|ICMP port unreachable)\b/g;

const pairs = [
  { name: 'app (i18n/en.json)', en: en as Bundle, zh: zh as Bundle },
  { name: 'graph (graph/i18n.en.json)', en: graphEn as Bundle, zh: graphZh as Bundle },
  { name: 'share (share/i18n.en.json)', en: shareEn as Bundle, zh: shareZh as Bundle },
  { name: 'time (time/i18n.en.json)', en: timeEn as Bundle, zh: timeZh as Bundle },
  { name: 'lessons (lessons/i18n.en.json)', en: lessonsEn as Bundle, zh: lessonsZh as Bundle },
];

describe.each(pairs)('the $name bundle in zh-CN', ({ en: enBundle, zh: zhBundle }) => {
  const enFlat = flatten(enBundle);
  const zhFlat = flatten(zhBundle);

  it('has every English key and no other', () => {
    expect([...zhFlat.keys()].sort()).toEqual(expectedZhKeys(enFlat.keys()));
  });

  it('uses the same interpolation variables as English', () => {
    const mismatched = [...enFlat]
      .filter(([k]) => !k.endsWith('_one'))
      .filter(([k, v]) => zhFlat.has(k) && variables(zhFlat.get(k)!).join() !== variables(v).join())
      .map(([k, v]) => ({ key: k, en: variables(v), zh: variables(zhFlat.get(k)!) }));
    expect(mismatched).toEqual([]);
  });

  it('has no English sentence left', () => {
    const english = [...zhFlat]
      .map(([k, v]) => [k, v.replace(/\{\{[^}]*\}\}/g, ' ').replace(keptTerms, ' ')] as const)
      // Three Latin words in a row, outside names (dotted, dashed, paths) and the kept terms, is a sentence.
      .filter(([, v]) => /(?:^|[\s(:,;])[A-Za-z]+(?:\s+[A-Za-z]+){2,}(?=$|[\s).,;:])/.test(v))
      .map(([k]) => k);
    expect(english).toEqual([]);
  });

  it('punctuates Chinese text the Chinese way', () => {
    // Beside a Han character, Chinese writing uses full-width ？！，；and “”, and puts no space between two
    // Han characters; ASCII punctuation inside names and formats (name:port, http://) is not beside one.
    const han = '[\\u4e00-\\u9fff]';
    const wrong = [
      new RegExp(`${han}[?!,;]`), new RegExp(`[?!](?=${han})`),
      new RegExp(`${han}\\s*"|"\\s*${han}`), new RegExp(`${han} ${han}`),
    ];
    const offending = [...zhFlat].filter(([, v]) => wrong.some((re) => re.test(v))).map(([k, v]) => `${k}: ${v}`);
    expect(offending).toEqual([]);
  });
});

describe('the typed wording tables in zh-CN', () => {
  it('name every hop kind, reason and detail field English names', () => {
    expect(Object.keys(zhHopKindNames).sort()).toEqual(Object.keys(hopKindNames).sort());
    expect(Object.keys(zhReasonWords).sort()).toEqual(Object.keys(reasonWords).sort());
    expect(Object.keys(zhHopDetailFieldNames).sort()).toEqual(Object.keys(hopDetailFieldNames).sort());
    expect(Object.keys(zhHopSentences).sort()).toEqual(Object.keys(en.hop).sort());
  });
  it('say them in Chinese', () => {
    const han = /\p{Script=Han}/u;
    expect(Object.values(zhReasonWords).filter((w) => !han.test(w))).toEqual([]);
    expect(Object.entries(zhHopKindNames).filter(([, w]) => !han.test(w)).map(([k]) => k)).toEqual(['conntrack-hit']);
  });
});
