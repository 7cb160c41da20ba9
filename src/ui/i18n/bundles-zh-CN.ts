// Every Simplified Chinese bundle, as bundles-en.ts lists the English ones.
import graph from '../graph/i18n.zh-CN.json';
import lessons from '../lessons/i18n.zh-CN.json';
import share from '../share/i18n.zh-CN.json';
import time from '../time/i18n.zh-CN.json';
import app from './zh-CN.json';

export const bundles = [app, graph, share, time, lessons];
