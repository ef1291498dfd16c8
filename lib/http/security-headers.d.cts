export interface Header {
  key: string;
  value: string;
}

export interface HeaderRule {
  source: string;
  headers: Header[];
}

export interface SecurityOptions {
  /** Running under `next dev`, whose React build needs eval. */
  dev?: boolean;
  /** Extra origins the browser may fetch from, e.g. a self-hoster's own basemap host. */
  connectSources?: readonly string[];
}

export declare const EMBED_PATH: string;
export declare const DENIED_FEATURES: readonly string[];
export declare function contentSecurityPolicy(options: SecurityOptions & { frameAncestors: string; nonce?: string }): string;
export declare function isEmbedPath(pathname: string): boolean;
export declare function basemapOrigins(styleUrl: string | undefined): string[];
export declare function securityHeaders(options: SecurityOptions & { embed: boolean }): Header[];
export declare function securityHeaderRules(options?: SecurityOptions): HeaderRule[];
