// The words for every hop kind and every reason code the core can produce. The English tables (i18n/en.json) are
// typed by the core's own unions, so a kind, a reason or a kind's variant the core adds without words here fails
// the type-check instead of reaching the learner as a raw code.
import type {
  ClientPickDetail, ConnectionResetDetail, DnsNotPublic, DnsWhy, HeadlessStrategy, HopDetails, HopKind, ReasonCode, RejectDetail, ResetDetail,
  RulesApplied, RulesVerdict, TimeoutDetail,
} from '../../core';
import en from '../i18n/en.json';

type Sentences<V extends string> = Readonly<Record<V, string>>;

/** What each hop kind's caption can say: one sentence, or one per variant the caption picks from the detail. */
export interface HopSentences extends Readonly<Record<HopKind, string | Sentences<string>>> {
  'dns-cache-hit': string;
  'dns-query': Sentences<'one' | 'search' | 'lost'>;
  'dns-answer': Sentences<'nxdomain' | 'generic'>;
  'client-pick': Sentences<ClientPickDetail['strategy'] | 'generic'>;
  connect: Sentences<'vip' | 'pod' | 'generic'>;
  forward: string;
  dnat: Sentences<'random' | 'last' | 'numgen' | 'affinity' | 'affinityNft' | 'generic'>;
  ipvs: Sentences<'rr' | 'affinity'>;
  'conntrack-hit': string;
  deliver: Sentences<'sameNode' | 'crossNode' | 'keepAlive'>;
  reject: Sentences<RejectDetail['reason'] | 'generic'>;
  reset: Sentences<ResetDetail['reason'] | 'generic'>;
  timeout: Sentences<TimeoutDetail['reason'] | 'generic'>;
  'leave-cluster': Sentences<'externalname-cname' | 'generic'>;
}

/** Every field name any hop kind's detail has (keyof each member of the union, not only the shared ones). */
type FieldOf<T> = T extends unknown ? keyof T : never;
export type HopDetailField = FieldOf<HopDetails[HopKind]>;

/** Each hop kind's short name (the hop strip, the detail's title): `hopKind.<kind>`. */
export const hopKindNames: Readonly<Record<HopKind, string>> = en.hopKind;
/** Each hop kind's caption sentences: `hop.<kind>[.<variant>]`. */
export const hopSentences: HopSentences = en.hop;
/** What each reason code means, for a request that ended before its first hop: `reason.<code>`. */
export const reasonWords: Readonly<Record<ReasonCode, string>> = en.reason;
/** The label of each field of a hop's detail, in the step's detail table: `detailKey.<field>`. */
export const hopDetailFieldNames: Readonly<Record<HopDetailField, string>> = en.detailKey;

/** The step panel's words for the codes a hop's detail carries (`hopDetail.<group>.<code>`), one per code. */
export const detailValueWords: {
  why: Readonly<Record<DnsWhy | DnsNotPublic['why'], string>>;
  strategy: Readonly<Record<HeadlessStrategy, string>>;
  appliedBy: Readonly<Record<RulesApplied['appliedBy'], string>>;
  rulesModel: Readonly<Record<RulesApplied['rulesModel'], string>>;
  verdict: Readonly<Record<RulesVerdict, string>>;
  reason: Readonly<Record<Exclude<ConnectionResetDetail['reason'], ReasonCode>, string>>;
  choice: Readonly<Record<NonNullable<HopDetails['dnat']['choice']> | 'numgen' | 'ipvs', string>>;
} = en.hopDetail;
