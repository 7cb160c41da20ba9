// The Chinese words the light lesson embed shows (embed.ts): its graph's, its step caption's and its header's.
// embed-words.test.ts holds every key the embed's components name to be here.
import graph from '../graph/i18n.zh-CN.json?keys=graph,graphSummary&pick';
import lessons from '../lessons/i18n.zh-CN.json?keys=lessons.embed&pick';
import share from '../share/i18n.zh-CN.json?keys=share.embedTitle,share.openInPlayground&pick';
import app from './zh-CN.json?keys=graphPanel,hop,kubectlRun&pick';

export const bundles = [app, graph, share, lessons];
