/**
 * Share cards drawn on a worker thread during `astro build`, while this thread renders the pages
 * (the card route comes last in the build order, see src/pages/[og]/[...path].png.ts). A card takes
 * ~3 ms, so one thread keeps up with the pages; getStaticPaths hands every card to the pool at once,
 * and each GET then only waits for its own card, which the worker leaves in Astro's cache folder
 * (so cards drawn ahead of their route are not held in memory). The workers stop when the queue is
 * empty.
 *
 * Used only when the share-cards integration has named the worker (SHARE_CARD_WORKER); elsewhere
 * (astro dev, tests) a card is drawn in-process, as before.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderShareCard, type ShareCard } from './share-card';

/** A card's bytes, or the cache file the worker wrote them to. */
type Drawn = Uint8Array | string;

interface Job {
  id: number;
  card: ShareCard;
  resolve: (png: Drawn) => void;
  reject: (error: Error) => void;
}

const queue: Job[] = [];
const running = new Map<number, Job>();
const idle: Worker[] = [];
let workers: Worker[] = [];
let nextId = 0;

/** One thread per core but the one rendering pages. */
function workerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

function start(): void {
  const file = process.env.SHARE_CARD_WORKER!;
  const cacheDir = process.env.SHARE_CARD_CACHE;
  for (let i = workers.length; i < workerCount(); i++) {
    const worker = new Worker(file, { workerData: { cacheDir } });
    worker.on('message', (msg: { id: number; png?: Uint8Array; file?: string; error?: string }) => {
      const job = running.get(msg.id);
      running.delete(msg.id);
      if (job) {
        if (msg.error !== undefined) job.reject(new Error(`share card "${job.card.title}": ${msg.error}`));
        else job.resolve(msg.file ?? msg.png!);
      }
      dispatch(worker);
    });
    worker.on('error', (error) => {
      for (const [id, job] of running) {
        running.delete(id);
        job.reject(error);
      }
    });
    workers.push(worker);
    dispatch(worker);
  }
}

function dispatch(worker: Worker): void {
  const job = queue.shift();
  if (job) {
    running.set(job.id, job);
    worker.postMessage({ id: job.id, card: job.card });
    return;
  }
  idle.push(worker);
  if (idle.length === workers.length && running.size === 0) {
    // Nothing left to draw: give the memory back to the rest of the build.
    for (const w of workers) void w.terminate();
    workers = [];
    idle.length = 0;
  }
}

const cards = new Map<string, Promise<Drawn>>();

/** Queue every card of the build at once (production builds with the integration only). */
export function prefetchShareCards(list: { key: string; card: ShareCard }[]): void {
  if (import.meta.env.DEV || !process.env.SHARE_CARD_WORKER) return;
  for (const { key, card } of list) {
    if (cards.has(key)) continue;
    const promise = new Promise<Drawn>((resolve, reject) => queue.push({ id: nextId++, card, resolve, reject }));
    promise.catch(() => {}); // reported by the GET that awaits it
    cards.set(key, promise);
  }
  if (queue.length) {
    while (idle.length) dispatch(idle.pop()!);
    start();
  }
}

/** The PNG of one card: from the pool when it was queued, else drawn here. */
export async function shareCardPng(key: string, card: ShareCard): Promise<Uint8Array> {
  const queued = cards.get(key);
  if (queued) {
    cards.delete(key);
    const drawn = await queued;
    return typeof drawn === 'string' ? new Uint8Array(await readFile(drawn)) : drawn;
  }
  return new Uint8Array(await renderShareCard(card));
}
