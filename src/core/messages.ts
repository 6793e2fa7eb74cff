/**
 * The one message protocol between content scripts, popup and worker.
 * Every receiver validates with these schemas; nothing here may be logged with its payload (it can hold the URL).
 */
import * as v from 'valibot';
import type { Settings } from './settings';
import { AlertOpsUrlSchema, type Capture, CaptureSchema, MAX_CAPTURES, text } from './state';

/** Messages the worker accepts. */
export const WorkerRequestSchema = v.variant('type', [
  v.object({ type: v.literal('capture'), url: AlertOpsUrlSchema, integrationName: text(300), template: text(100) }),
  v.object({ type: v.literal('get-fill-context') }),
  v.object({ type: v.literal('filled'), captureId: text(64), uptrendsName: text(300) }),
  v.object({ type: v.literal('attached'), captureId: v.optional(text(64)), definition: text(300), level: text(100) }),
  v.object({ type: v.literal('get-state') }),
  v.object({ type: v.literal('forget'), id: text(64) }),
  /** Undo of a forget: the captures as the popup showed them (no lastSeenAt), and which one was chosen. */
  v.object({
    type: v.literal('restore'),
    captures: v.pipe(
      v.array(v.object({ ...CaptureSchema.entries, lastSeenAt: v.optional(v.number()) })),
      v.maxLength(MAX_CAPTURES),
    ),
    chosenId: v.optional(text(64)),
  }),
  v.object({ type: v.literal('forget-all') }),
  v.object({ type: v.literal('dismiss-problem') }),
  v.object({ type: v.literal('forget-set-aside') }),
  v.object({ type: v.literal('choose'), id: text(64) }),
  v.object({ type: v.literal('fill-tab'), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  v.object({ type: v.literal('tab-status'), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  v.object({ type: v.literal('api-status') }),
  v.object({
    type: v.literal('api-connect'),
    username: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    password: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
    remember: v.boolean(),
  }),
  v.object({ type: v.literal('api-disconnect') }),
  v.object({ type: v.literal('api-overview') }),
  v.object({
    type: v.literal('api-apply'),
    action: v.picklist(['attach', 'detach']),
    integrationGuid: text(64),
    integrationName: text(300),
    steps: v.pipe(
      v.array(
        v.object({
          definitionGuid: text(64),
          definitionName: text(300),
          levelId: v.pipe(v.number(), v.integer(), v.minValue(0)),
        }),
      ),
      v.maxLength(5000),
    ),
  }),
  v.object({ type: v.literal('api-retry') }),
]);
export type WorkerRequest = v.InferOutput<typeof WorkerRequestSchema>;

/** Messages the content scripts accept (only ever from the worker). */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('fill-now') }),
  v.object({ type: v.literal('insert-url'), url: AlertOpsUrlSchema }),
  v.object({ type: v.literal('status') }),
  /** A capture was stored while this tab waited for one (carries no URL: the tab asks for it). */
  v.object({ type: v.literal('capture-ready') }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/** What a content script says about its page, in words for the user (never containing the URL). */
export const PageReportSchema = v.object({
  ok: v.boolean(),
  /** i18n message name, so the popup can show it in the user's language. */
  messageKey: text(100),
  /** Values for the message's placeholders: names from the page, never a URL. */
  substitutions: v.optional(v.array(text(300)), []),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;
/** What a content script answers: the worker reads it through the schema, which fills in what is left out. */
export type PageReportSent = v.InferInput<typeof PageReportSchema>;

export interface FillContext {
  capture?: { id: string; url: string; integrationName: string; template: string };
  uptrendsNames: string[];
  settings: Settings;
}

export interface StateReply {
  /** As stored: the popup's choice of the capture a fill uses (activeCapture) reads when and where each was seen. */
  captures: Capture[];
  chosenId?: string;
  problem?: string;
}
