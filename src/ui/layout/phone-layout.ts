// The width at which the page is laid out as a phone's: the editor and the graph become two tabs (styles.css
// switches at the same width). The build's editor prefetch asks it too (vite.config.ts).

/** The media query of the phone layout. */
export const PHONE_LAYOUT = '(max-width: 720px)';
