// The codec's result and error shapes. Expected failures are values, never exceptions (docs/architecture.md, Errors):
// an opened link is untrusted input, and the UI turns each `code` into a sentence through i18next.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export type ShareErrorCode =
  /** Nothing after `#`. */
  | 'empty'
  /** The fragment is not one of our links (no `v<N>.` prefix). */
  | 'not-share-link'
  /** A version this build does not know; `newer` when it was made by a later build. */
  | 'unsupported-version'
  /** The fragment is longer than any link we make (`limit` characters). */
  | 'too-long'
  /** Not base64url, or the inflated bytes are not UTF-8. */
  | 'bad-encoding'
  /** The link was cut short (copied in part, or wrapped by a mail client): the data ends too early. */
  | 'truncated'
  /** The deflate stream is damaged. */
  | 'corrupt'
  /** Inflates past the cap (`limit` bytes): a decompression bomb or an over-large scenario. */
  | 'too-large'
  /** The inflated text is not JSON. */
  | 'bad-json'
  /** JSON of the wrong shape: `path` names the field, `reason` says what is wrong with it. */
  | 'invalid-field';

export type FieldReason =
  | 'missing' | 'wrong-type' | 'out-of-range' | 'unknown-value' | 'bad-name' | 'too-long' | 'too-many'
  /** A lesson's check of a kind this page cannot run (a newer page's, or made up). */
  | 'unknown-check'
  /** A name given twice where each must be one of a kind (a lesson's check ids). */
  | 'duplicate'
  /** Text with characters no one types: control characters, or the ones that reorder what is shown (bidi). */
  | 'bad-text';

export interface ShareError {
  code: ShareErrorCode;
  version?: number;
  newer?: boolean;
  limit?: number;
  /** For invalid-field: `actions[2].name`, `options.strategy`, … in ShareState's own field names. */
  path?: string;
  reason?: FieldReason;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (error: ShareError): { ok: false; error: ShareError } => ({ ok: false, error });
