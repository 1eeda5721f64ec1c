import { z } from 'zod';
import { consultationTopics } from '../domain/consultation.ts';
import { lifeEvents } from '../domain/case-coding.ts';
import {
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
  ZId,
  ZIsoDateTime,
} from './common.ts';

/**
 * A good practice the city recommends to employers, matched to what people consult about
 * (a topic, optionally narrowed to a life event). The library is the city's data: it edits it.
 */
export const ZPractice = z.object({
  id: ZId,
  topic: z.enum(consultationTopics),
  lifeEvent: z.enum(lifeEvents).nullable(),
  title: z.string(),
  summary: z.string(),
  sourceNote: z.string(),
  updatedAt: ZIsoDateTime,
});
export type TPractice = z.infer<typeof ZPractice>;
export const ZPracticeList = z.object({ items: z.array(ZPractice) });

export const ZPracticeInput = z.object({
  topic: z.enum(consultationTopics),
  lifeEvent: z.enum(lifeEvents).nullable().optional(),
  title: z.string().trim().min(1).max(120).refine(isSingleLineText, noControlCharacters),
  summary: z.string().trim().min(1).max(1000).refine(isMultiLineText, noControlCharacters),
  sourceNote: z.string().trim().min(1).max(300).refine(isSingleLineText, noControlCharacters),
});
export type TPracticeInput = z.infer<typeof ZPracticeInput>;
