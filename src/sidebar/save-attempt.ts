// Which idempotency key a save carries. The server stores the key with the row, so a retry after a
// lost reply must reuse it (or a second row appears); a new key is due only once the previous
// attempt succeeded or the operator changed what is being sent.
export type KeyFactory = () => string;

export function randomKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SaveAttempts {
  private key: string | null = null;
  /** Content + intent (draft/submit) the current key was issued for. */
  private issuedFor: string | null = null;

  constructor(private readonly newKey: KeyFactory = randomKey) {}

  /** The key for sending `content`: the pending one when the same content is retried, else a new one. */
  keyFor(content: string): string {
    if (this.key === null || this.issuedFor !== content) {
      this.key = this.newKey();
      this.issuedFor = content;
    }
    return this.key;
  }

  /** The save went through: the next save is a new submission. */
  succeeded(): void {
    this.key = null;
    this.issuedFor = null;
  }

  /** The pending key, if a failed attempt is waiting for its retry. */
  get pending(): string | null {
    return this.key;
  }
}
