/**
 * Everything Yorisoi ever says on LINE. Fixed texts and a link: no name, no topic, nothing
 * anyone wrote (the 2021 national rule keeps consultation content off LINE). Japanese
 * only: LINE does not tell us a person's language before they sign in.
 */
export const lineTexts = {
  /** The bell: something waits in Yorisoi. */
  bell: (url: string) => `保健室から新しいメッセージがあります\n${url}`,
  followed: (municipalityName: string, url: string) =>
    `友だち追加ありがとうございます。${municipalityName}の「働く人の保健室」です。\n` +
    'ご相談はLINEではなく、寄り添いのアプリでお受けしています（LINEに相談内容は残りません）。\n' +
    '下のリンクから寄り添いにログインしてLINEを連携すると、返信が届いたときにLINEでお知らせします。\n' +
    url,
  /** A plain message: not read, not kept; the door is shown again. */
  notHere: (url: string) =>
    'LINEでは相談をお受けしていません。送られた内容は保存していません。\n' +
    'ご相談は寄り添いのアプリでどうぞ（24時間受け付けています）。\n' +
    url,
  linked: (url: string) =>
    'LINEの連携が完了しました。これからは返信があったときに、LINEでお知らせだけが届きます（内容は届きません）。\n' +
    url,
  linkFailed: () =>
    'LINEの連携ができませんでした。リンクの期限（10分）が切れたか、すでに使われています。\n' +
    'このアカウントに何かメッセージを送ると、新しいリンクが届きます。',
};
