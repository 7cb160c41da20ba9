// The Share feature's words, added to the app's i18next instance as one more bundle (the app's own
// en.json stays the other engineer's). A zh-CN bundle goes beside this file when the app gets one.
import i18next from 'i18next';
import '../i18n'; // init first: a bundle can only be added to an initialised instance
import en from './i18n.en.json';

i18next.addResourceBundle('en', 'translation', en, true, false);
