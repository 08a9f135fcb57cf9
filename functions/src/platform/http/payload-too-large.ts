/** A body over a route's limit or the host's (RFC 9110 §15.5.14: 413 Content Too Large). */
export class PayloadTooLarge extends Error {
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The body is larger than ${maxBytes} bytes.`);
    this.name = 'PayloadTooLarge';
    this.maxBytes = maxBytes;
  }
}
