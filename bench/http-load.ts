import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Answers by status code, e.g. { "201": 1490, "409": 2 }. */
  statuses: Record<string, number>;
  connections: number;
  seconds: number;
}

export interface VariedRequest {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Counts requests across every load of the process, so a warm-up never repeats a measured request. */
let sent = 0;

/**
 * A fixed-duration HTTP load from this process with autocannon. `next(i)` gives the i-th request
 * of the process, so requests can come from many accounts, each with its own Idempotency-Key or
 * query, and no two loads send the same i.
 */
export async function load(options: {
  baseUrl: string;
  connections: number;
  seconds: number;
  next: (i: number) => VariedRequest;
}): Promise<LoadResult> {
  const first = options.next(sent);
  const result = await autocannon({
    url: `${options.baseUrl}${first.path}`,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const wanted = options.next(sent++);
          return {
            ...request,
            method: wanted.method ?? 'GET',
            path: wanted.path,
            headers: { ...wanted.headers },
            ...(wanted.body === undefined ? {} : { body: wanted.body }),
          };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
    ),
    connections: options.connections,
    seconds: options.seconds,
  };
}
