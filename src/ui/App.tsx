// The app's root: the embed view for an iframe (`?embed`, or a link that asks for it), else the playground.
// main.tsx starts the share session (which decides which) before rendering this.
import { useAppStore } from './use-app-store';
import { Playground } from './Playground';
import { EmbedApp } from './share/EmbedApp';
import './share/share.css';

export function App() {
  const embed = useAppStore((s) => s.embed);
  return embed ? <EmbedApp /> : <Playground />;
}
