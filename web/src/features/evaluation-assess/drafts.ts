/**
 * Drafts of an assessment on the device: every change is written here first, then sent; what could not be sent
 * (no connection) stays, survives a reload, and is sent when the connection returns. A score's draft is keyed by
 * assessment and indicator and carries the client's write id, so the server takes a replay once; a newer change
 * of the same indicator replaces the older draft (the newest is what the evaluator meant). Photos are kept as
 * blobs in IndexedDB (localStorage holds text only), each with its own write id.
 *
 * The parts that decide (keys, replacing, reading stored text, the backoff, what a failure means) are pure and
 * tested in drafts.test.ts; the storage calls are thin.
 */

export interface ScoreDraft {
  assessmentId: string;
  indicatorId: string;
  writeId: string;
  value: string;
  note: string;
  overrideReason?: string;
  /** The revision the evaluator last saw (0: none), so the server can say when this save replaced another's. */
  baseRevision: number;
  /** When the change was made on the device (ms). */
  at: number;
}

export type Drafts = Record<string, ScoreDraft>;

export const draftKey = (assessmentId: string, indicatorId: string) => `${assessmentId}/${indicatorId}`;

/** The drafts with this change in: it replaces an older draft of the same indicator. */
export function withDraft(drafts: Drafts, draft: ScoreDraft): Drafts {
  return { ...drafts, [draftKey(draft.assessmentId, draft.indicatorId)]: draft };
}

/** The drafts without the one that was sent — unless a newer change of the indicator replaced it meanwhile. */
export function withoutSent(drafts: Drafts, sent: ScoreDraft): Drafts {
  const key = draftKey(sent.assessmentId, sent.indicatorId);
  if (drafts[key]?.writeId !== sent.writeId) return drafts;
  const { [key]: _, ...rest } = drafts;
  return rest;
}

export function draftsOf(drafts: Drafts, assessmentId: string): ScoreDraft[] {
  return Object.values(drafts)
    .filter((d) => d.assessmentId === assessmentId)
    .sort((a, b) => a.at - b.at);
}

const isDraft = (d: unknown): d is ScoreDraft => {
  const x = d as Partial<ScoreDraft> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.assessmentId === 'string' &&
    typeof x.indicatorId === 'string' &&
    typeof x.writeId === 'string' &&
    typeof x.value === 'string' &&
    typeof x.note === 'string' &&
    typeof x.baseRevision === 'number' &&
    typeof x.at === 'number'
  );
};

/** Drafts from their stored text; anything unreadable is dropped rather than breaking the screen. */
export function parseDrafts(text: string | null): Drafts {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== 'object' || raw === null) return {};
    const out: Drafts = {};
    for (const d of Object.values(raw)) if (isDraft(d)) out[draftKey(d.assessmentId, d.indicatorId)] = d;
    return out;
  } catch {
    return {};
  }
}

/** Wait before the next try: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

/**
 * What a failed send means: 'offline' (no answer: keep the draft, try again later), 'refused' (the server answered
 * no: keeping it would only be refused again, so it is dropped and the refusal shown).
 */
export function failureOf(error: unknown, online: boolean): 'offline' | 'refused' {
  if (!online) return 'offline';
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number') return 'offline';
  // Server errors and rate limits may pass later; other answers will not change.
  return status >= 500 || status === 429 || status === 408 ? 'offline' : 'refused';
}

// ——— Storage ———

const SCORES_KEY = 'atap.evaluation.drafts';

export function loadDrafts(): Drafts {
  try {
    return parseDrafts(localStorage.getItem(SCORES_KEY));
  } catch {
    return {};
  }
}

export function storeDrafts(drafts: Drafts): void {
  localStorage.setItem(SCORES_KEY, JSON.stringify(drafts));
}

export interface PhotoDraft {
  writeId: string;
  assessmentId: string;
  indicatorId: string;
  blob: Blob;
  name: string;
  at: number;
}

const DB_NAME = 'atap-evaluation';
const PHOTOS = 'photos';

function openPhotos(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(PHOTOS, { keyPath: 'writeId' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function photoStore<T>(
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openPhotos();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = act(db.transaction(PHOTOS, mode).objectStore(PHOTOS));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const putPhotoDraft = (p: PhotoDraft) =>
  photoStore('readwrite', (s) => s.put(p)).then(() => undefined);
export const deletePhotoDraft = (writeId: string) =>
  photoStore('readwrite', (s) => s.delete(writeId)).then(() => undefined);
export async function photoDraftsOf(assessmentId: string): Promise<PhotoDraft[]> {
  const all = (await photoStore('readonly', (s) => s.getAll())) as PhotoDraft[];
  return all.filter((p) => p.assessmentId === assessmentId).sort((a, b) => a.at - b.at);
}

/** A write id (UUID v4): crypto.randomUUID exists only on secure origins, a tablet may reach Atap over plain HTTP. */
export function newWriteId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
