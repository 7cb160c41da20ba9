// Every English bundle: the app's, the graph's, the Share menu's, the clock's and the lessons'. One chunk per
// language, so a page loads only the language it speaks (index.ts loads it).
import graph from '../graph/i18n.en.json';
import lessons from '../lessons/i18n.en.json';
import share from '../share/i18n.en.json';
import time from '../time/i18n.en.json';
import app from './en.json';

export const bundles = [app, graph, share, time, lessons];
