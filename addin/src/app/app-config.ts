/** Build-time settings of the tab (only `VITE_*` variables reach the browser). */
export const appConfig = {
  /** Base URL of the API; the local host and Azure Static Web Apps both serve it at /api. */
  apiBase: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api',
  /** How long to wait for a Microsoft 365 host to answer before running standalone. */
  hostTimeoutMs: 5000,
} as const;
