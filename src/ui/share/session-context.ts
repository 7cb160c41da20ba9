// The page's one ShareSession, made outside React so StrictMode's double effects cannot start two.
import { getAppStore } from '../../state';
import { isEmbed, startShareSession, type ShareSession } from './session';

let session: ShareSession | undefined;

export function getShareSession(): ShareSession {
  session ??= startShareSession(getAppStore(), window, { embed: isEmbed(window.location) });
  return session;
}
