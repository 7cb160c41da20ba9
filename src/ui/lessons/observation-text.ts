// What a check saw, in words beside the check's line: real values (addresses, Pod names, the shell line) verbatim.
import type { TFunction } from 'i18next';
import type { Observation } from '../../lessons';

const list = (xs: readonly string[]): string => xs.join(', ');
const short = (pod: string): string => pod.replace(/^default\//, '');

export function observationText(t: TFunction, o: Observation): string {
  switch (o.kind) {
    case 'dns':
      return o.answers.length ? t('lessons.checks.answers', { list: list(o.answers) }) : `${o.rcode}, ${t('lessons.checks.noAnswers')}`;
    case 'requests':
    case 'send': {
      const pods = Object.keys(o.counts);
      const landed = pods.length ? t('lessons.checks.landed', { list: list(pods.map((p) => `${short(p)} ×${o.counts[p]}`)) }) : t('lessons.checks.landedNowhere');
      if (o.kind === 'requests') return landed;
      const more = [t('lessons.checks.dnsQueries', { count: o.dnsQueries })];
      if (o.dnatTo.length) more.push(`→ ${list(o.dnatTo)}`);
      if (o.sourcesSeen.length) more.push(t('lessons.checks.sourceSeen', { list: list(o.sourcesSeen) }));
      return [landed, ...more].join('; ');
    }
    case 'endpoints':
      return o.pods.length ? t('lessons.checks.endpoints', { list: list(o.pods.map(short)) }) : t('lessons.checks.noEndpoints');
    case 'rules':
      return t('lessons.checks.rules', { count: o.endpoints });
    case 'command':
      return t('lessons.checks.exit', { code: o.exitCode });
    case 'shell':
      return o.line === null ? t('lessons.checks.shellNone') : t('lessons.checks.shellRun', { line: o.line });
    case 'unavailable':
      return t(`lessons.checks.unavailable.${o.reason}`);
  }
}
