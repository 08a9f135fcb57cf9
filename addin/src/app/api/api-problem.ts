/**
 * An RFC 9457 problem from the API (or a failure to reach it) as one error type the UI can
 * switch on: `status` 0 means the network failed, `errors` are the field issues of a 400.
 */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(detail || title);
    this.name = 'ApiProblem';
  }

  get isConflict(): boolean {
    return this.status === 412;
  }

  static network(cause: unknown): ApiProblem {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ApiProblem(0, 'urn:tandem:problem:network', 'Network error', detail);
  }

  /** Reads a problem+json body; anything else becomes a problem with the status text. */
  static fromBody(status: number, statusText: string, body: unknown): ApiProblem {
    const o = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const str = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
    const errors = Array.isArray(o.errors)
      ? o.errors.flatMap((e: unknown) => {
          const issue = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
          return typeof issue.message === 'string'
            ? [{ path: str(issue.path, ''), message: issue.message }]
            : [];
        })
      : [];
    return new ApiProblem(
      status,
      str(o.type, 'about:blank'),
      str(o.title, statusText || `HTTP ${status}`),
      str(o.detail, ''),
      errors,
    );
  }
}

/** Thrown when a 2xx answer does not match the expected schema (a contract break, not user error). */
export class ResponseInvalid extends Error {
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Unexpected response from ${path}: ${issues}`);
    this.name = 'ResponseInvalid';
  }
}
