// Every spec imports `test` from here: each API response a test receives, through the page or the
// request fixture, is checked against the OpenAPI document the server publishes (/api/openapi.json),
// and the test fails if one does not match. Responses a test made up with page.route are not the
// server's and are left out.
import { test as base, expect, type APIRequestContext, type APIResponse, type Page, type Response } from "@playwright/test";
import { responseChecker, type LiveResponse } from "../lib/openapi/check-response";
import type { OpenApiDocument } from "../lib/openapi/document";

export { expect };

interface Contract {
  /** Problems found so far, one line each. */
  problems: string[];
  /** Checks run in the background (bodies still arriving); awaited before the test ends. */
  pending: Promise<void>[];
  check: (r: LiveResponse) => void;
}

const isApi = (url: string) => new URL(url).pathname.startsWith("/api");
const noBody = (method: string, status: number) => method === "HEAD" || status === 204 || status === 304;

async function fromPage(response: Response): Promise<LiveResponse | undefined> {
  // A response fulfilled by page.route never reached a server, so it has no server address.
  if ((await response.serverAddr()) === null) return undefined;
  const method = response.request().method();
  let body: string | undefined;
  if (!noBody(method, response.status()))
    body = await response.text().catch(() => undefined); // the page went away mid-body: headers are still checked
  return { method, url: response.url(), status: response.status(), headers: response.headers(), body };
}

async function fromRequest(method: string, response: APIResponse): Promise<LiveResponse> {
  const body = noBody(method, response.status()) ? undefined : await response.text();
  return { method, url: response.url(), status: response.status(), headers: response.headers(), body };
}

const METHODS: Record<string, string> = { get: "GET", head: "HEAD", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE" };

export const test = base.extend<{ contract: Contract }, { apiDocument: OpenApiDocument }>({
  apiDocument: [
    async ({ playwright }, provide, workerInfo) => {
      const ctx = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const res = await ctx.get("/api/openapi.json");
      expect(res.status(), "GET /api/openapi.json").toBe(200);
      await provide((await res.json()) as OpenApiDocument);
      await ctx.dispose();
    },
    { scope: "worker" },
  ],

  contract: [
    async ({ apiDocument }, provide) => {
      const checkAgainst = responseChecker(apiDocument);
      const contract: Contract = { problems: [], pending: [], check: (r) => contract.problems.push(...checkAgainst(r)) };
      await provide(contract);
      await Promise.all(contract.pending);
      expect(contract.problems, "API responses that do not match /api/openapi.json").toEqual([]);
    },
    { auto: true },
  ],

  // The callbacks are named `provide`, not Playwright's usual `use`, which the React hooks lint rule claims.
  page: async ({ page, contract }, provide) => {
    const onResponse = (response: Response) => {
      if (!isApi(response.url())) return;
      contract.pending.push(fromPage(response).then((live) => live && contract.check(live)));
    };
    page.on("response", onResponse);
    await provide(page);
    page.off("response", onResponse);
  },

  request: async ({ request, contract }, provide) => {
    const checked = new Proxy(request, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof prop !== "string" || typeof value !== "function") return value;
        if (!(prop in METHODS) && prop !== "fetch") return value.bind(target);
        return async (url: string, options?: { method?: string }) => {
          const response: APIResponse = await value.call(target, url, options);
          const method = METHODS[prop] ?? options?.method?.toUpperCase() ?? "GET";
          if (isApi(response.url())) contract.check(await fromRequest(method, response));
          return response;
        };
      },
    }) as APIRequestContext;
    await provide(checked);
  },
});

export type { APIResponse, Page };
