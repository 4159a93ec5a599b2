import type { Detector } from '../types.ts';

/** Minimal placeholder, replaced by the gazetteer-based detector. */
export const detectPlaces: Detector = (_text, _ctx) => [];
