/** Why strict lexing stopped, and where (a 0-based UTF-16 offset into the SQL). */
export class TokenizeError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'TokenizeError';
    this.position = position;
  }
}
