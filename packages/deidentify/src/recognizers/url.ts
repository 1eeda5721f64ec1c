import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier } from '../types.ts';

const WITH_SCHEME = /https?:\/\/[\w\-.~:/?#[\]@!$&'*+,;=%]+/g;
const WITHOUT_SCHEME =
  /(?<![\w@.\-/])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|io|me|info|biz|ly|gl|tv|app|link|co\.jp|ne\.jp|or\.jp|ac\.jp|go\.jp|lg\.jp)(?:\/[\w\-.~/?#=&%+@]*)?(?![\w@])/gi;
// lin.ee/AbC12, bit.ly/…: any short top-level domain when a path follows
const DOMAIN_WITH_PATH =
  /(?<![\w@.\-/])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/[\w\-.~/?#=&%+@]+/gi;
const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;
// "LINEのIDは kazu_0821", "インスタ: ryo.k", "アカウントは hioki_mama"
const LABELLED_ACCOUNT =
  /(?<![A-Za-z])(?:LINE|ライン|line|インスタ|Instagram|instagram|TikTok|ティックトック|X(?![A-Za-z])|Twitter|ツイッター|アカウント|ユーザー名|ユーザーネーム|ハンドル)(?:\s?の)?\s?(?:ID|id|アカウント|アカ)?\s?(?:名)?\s?(?:は|:|：|=)?\s?(?:「|『|\()?\s?([A-Za-z0-9][\w.-]{2,29})(?![\w@./])/g;
const ID_AFTER_LABEL =
  /(?<![A-Za-z社職員会号者])ID\s?(?:は|:|=)\s?([A-Za-z][\w.-]{2,29}|[\w.-]*[A-Za-z_][\w.-]*)(?![\w@.])/g;

// kenta.m というアカウント: the handle written before the word for it
const ACCOUNT_BEFORE_LABEL =
  /(?<![\w@.])([A-Za-z][\w.-]{2,29})\s?(?:という|って|の)?\s?(?:アカウント|ユーザー名|ユーザーネーム|LINE ?ID)/g;

export const recognizeUrlsAndHandles: Recognizer = ({ text }) => {
  const found = [];
  for (const match of matchAll(WITH_SCHEME, text)) {
    const url = trimTrailingPunctuation(match[0]);
    found.push(candidate('URL_HANDLE', match.index, match.index + url.length, Tier.validated));
  }
  for (const pattern of [WITHOUT_SCHEME, DOMAIN_WITH_PATH]) {
    for (const match of matchAll(pattern, text)) {
      const url = trimTrailingPunctuation(match[0]);
      // A domain followed by a path is as sure as a scheme; a bare domain may be a word.
      const tier = url.includes('/') ? Tier.validated : Tier.structure;
      found.push(candidate('URL_HANDLE', match.index, match.index + url.length, tier));
    }
  }
  for (const match of matchAll(HANDLE, text)) {
    found.push(candidate('URL_HANDLE', match.index, match.index + match[0].length, Tier.validated));
  }
  for (const pattern of [LABELLED_ACCOUNT, ID_AFTER_LABEL, ACCOUNT_BEFORE_LABEL]) {
    for (const match of matchAll(pattern, text)) {
      const handle = trimTrailingPunctuation(match[1] as string);
      if (!/[A-Za-z]/.test(handle) && handle.replace(/\D/g, '').length > 9) continue;
      const start = match.index + match[0].lastIndexOf(match[1] as string);
      found.push(candidate('URL_HANDLE', start, start + handle.length, Tier.validated));
    }
  }
  return found;
};

function trimTrailingPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]']+$/, '');
}
