import { workPathLabels, type TLocale, type WorkPath } from '@yorisoi/shared';

/** 自分のペースで働く / 完全復帰 / 起業: the path a participant wants, in the reader's language. */
export const pathLabel = (path: WorkPath, locale: TLocale) => workPathLabels[path][locale];
