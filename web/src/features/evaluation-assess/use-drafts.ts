import { useCallback, useEffect, useRef, useState } from 'react';
import { api, upload } from '../../lib/api.ts';
import {
  deletePhotoDraft,
  draftsOf,
  failureOf,
  loadDrafts,
  newWriteId,
  type PhotoDraft,
  photoDraftsOf,
  putPhotoDraft,
  retryDelay,
  type ScoreDraft,
  storeDrafts,
  withDraft,
  withoutSent,
} from './drafts.ts';
import type { Saved, SavedPhoto } from './types.ts';

/**
 * The tablet's side of saving: a change goes to the device's drafts first, then to the server; what could not be
 * sent waits for the connection (the `online` event, and tries with backoff meanwhile). Refusals (a 4xx) are not
 * retried: the draft is dropped and the refusal shown on its indicator.
 */
export function useAssessmentDrafts(
  assessmentId: string,
  side: 'evaluator' | 'self',
  on: {
    saved(s: Saved): void;
    photo(p: SavedPhoto): void;
    refused(indicatorId: string, error: unknown): void;
  },
) {
  const [scores, setScores] = useState<ScoreDraft[]>(() => draftsOf(loadDrafts(), assessmentId));
  const [photos, setPhotos] = useState<PhotoDraft[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  const again = useRef(false);
  const handlers = useRef(on);
  handlers.current = on;
  // The agency's own assessment is saved through its own route (evaluation.self-assess).
  const scoresPath = `/api/evaluation/${side === 'self' ? 'self-assessments' : 'assessments'}/${assessmentId}/scores`;

  const refresh = useCallback(async () => {
    setScores(draftsOf(loadDrafts(), assessmentId));
    setPhotos(await photoDraftsOf(assessmentId).catch(() => []));
  }, [assessmentId]);

  const flush = useCallback(async (): Promise<void> => {
    if (busy.current) {
      // A change made while a send is under way: sent when that one is done.
      again.current = true;
      return;
    }
    busy.current = true;
    again.current = false;
    if (timer.current) clearTimeout(timer.current);
    let offline = false;
    try {
      for (const d of draftsOf(loadDrafts(), assessmentId)) {
        if (!navigator.onLine) {
          offline = true;
          break;
        }
        try {
          const saved = await api<Saved>(`${scoresPath}/${d.indicatorId}`, {
            method: 'PUT',
            body: {
              value: d.value,
              note: d.note,
              writeId: d.writeId,
              baseRevision: d.baseRevision,
              ...(d.overrideReason ? { overrideReason: d.overrideReason } : {}),
            },
          });
          storeDrafts(withoutSent(loadDrafts(), d));
          handlers.current.saved(saved);
        } catch (error) {
          if (failureOf(error, navigator.onLine) === 'offline') {
            offline = true;
            break;
          }
          storeDrafts(withoutSent(loadDrafts(), d));
          handlers.current.refused(d.indicatorId, error);
        }
      }
      if (!offline)
        for (const p of await photoDraftsOf(assessmentId)) {
          if (!navigator.onLine) {
            offline = true;
            break;
          }
          const form = new FormData();
          form.set('indicatorId', p.indicatorId);
          form.set('writeId', p.writeId);
          form.set('file', p.blob, p.name);
          try {
            const saved = await upload<SavedPhoto>(
              `/api/evaluation/assessments/${assessmentId}/photos`,
              form,
            );
            await deletePhotoDraft(p.writeId);
            handlers.current.photo(saved);
          } catch (error) {
            if (failureOf(error, navigator.onLine) === 'offline') {
              offline = true;
              break;
            }
            await deletePhotoDraft(p.writeId);
            handlers.current.refused(p.indicatorId, error);
          }
        }
    } finally {
      busy.current = false;
      setOnline(navigator.onLine && !offline);
      await refresh();
    }
    if (offline) {
      // Tried again with backoff even without an `online` event (a connection that is up but not reaching us).
      timer.current = setTimeout(() => void flush(), retryDelay(attempt.current++));
    } else {
      attempt.current = 0;
      if (again.current) void flush();
    }
  }, [assessmentId, scoresPath, refresh]);

  useEffect(() => {
    void refresh().then(flush);
    const up = () => {
      attempt.current = 0;
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [refresh, flush]);

  const saveScore = useCallback(
    (d: Omit<ScoreDraft, 'writeId' | 'at' | 'assessmentId'>) => {
      storeDrafts(withDraft(loadDrafts(), { ...d, assessmentId, writeId: newWriteId(), at: Date.now() }));
      void refresh().then(flush);
    },
    [assessmentId, refresh, flush],
  );

  const addPhoto = useCallback(
    async (indicatorId: string, file: File) => {
      await putPhotoDraft({
        writeId: newWriteId(),
        assessmentId,
        indicatorId,
        blob: file,
        name: file.name || 'foto.jpg',
        at: Date.now(),
      });
      await refresh();
      await flush();
    },
    [assessmentId, refresh, flush],
  );

  return { scores, photos, online, saveScore, addPhoto, pending: scores.length + photos.length };
}
