import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier } from '../types.ts';

// "(at)", "[at]", " at " and ＠ (normalised to @) are common obfuscations.
const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]*(?:@|\s?[([]at[)\]]\s?|\s+at\s+)[A-Za-z0-9-]+(?:(?:\.|\s?[([]dot[)\]]\s?)[A-Za-z0-9-]+)*(?:\.|\s?[([]dot[)\]]\s?)[A-Za-z]{2,}/g;

export const recognizeEmails: Recognizer = ({ text }) =>
  [...matchAll(EMAIL, text)].map((match) =>
    candidate('EMAIL', match.index, match.index + match[0].length, Tier.validated),
  );
