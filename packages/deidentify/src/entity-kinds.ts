import type { Entity, EntityType } from './types.ts';

/**
 * The kinds of text the evaluation reports recall for, beside the types (issue 15): each gold
 * entity is put in one kind by its own text and the few characters around it, so the dev set,
 * the generated corpus and any other set written to the label rules are split the same way.
 */
export const KINDS = {
  'person-introduced':
    'PERSON: given name after a family word, partner, 名前は/私は or in brackets',
  'person-latin-katakana': 'PERSON: Latin script or katakana (foreign workers, display names)',
  'person-titled': 'PERSON: family name with a job title (…課長, …先生, …店長)',
  'person-other': 'PERSON: other (さん, full names, signatures)',
  'org-suffix': 'ORGANIZATION: name plus a business or facility word (…荘, …鉄工所, …クリニック)',
  'org-legal': 'ORGANIZATION: with a legal form (株式会社…, 社会福祉法人…)',
  'org-context': 'ORGANIZATION: known only from context (shops, teams, subsidiaries, offices)',
  'address-building': 'ADDRESS: with building, housing complex or room after the number',
  'address-street': 'ADDRESS: town and number only',
  'id-labelled': 'ID: labelled number in paperwork (保険証の記号・番号, 基礎年金番号 …)',
  'id-other': 'ID: unlabelled (plates, passport and residence-card shapes)',
  'url-no-scheme': 'URL_HANDLE: domain and path without a scheme',
  'url-other': 'URL_HANDLE: with a scheme, @handles, labelled IDs',
} as const;

export type Kind = keyof typeof KINDS;

const TITLE_AFTER =
  /^(?:部長|課長|係長|社長|副社長|店長|副店長|主任|院長|園長|所長|室長|師長|看護師長|支店長|工場長|次長|専務|常務|会長|理事長|校長|教頭|監督|コーチ|先生|マネージャー|リーダー|チーフ|班長|局長|教授|医師)/;
const INTRODUCER_BEFORE =
  /(?:(?:夫|妻|主人|旦那|息子|娘|長男|長女|次男|次女|三男|三女|末っ子|子|母|父|義母|義父|義姉|義兄|兄|姉|弟|妹|孫|彼氏|彼女|友人|友達|同僚|上司|元夫|元妻|元彼|パートナー|婚約者|上の子|下の子|下の娘|上の娘)(?:の|は|、|・|:|：|\(|（)?|名前は|名前:|名前：|私は|私、|僕は|わたしは|自分は|うちの|[(（])\s?$/;
const LEGAL_FORM =
  /株式会社|有限会社|合同会社|合資会社|合名会社|社会福祉法人|医療法人|NPO法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|特定非営利活動法人|\([株有医社福財学]\)|[㈱㈲]/;
const FACILITY_END =
  /(?:荘|亭|園|苑|寮|院|所|館|局|店|舗|屋|堂|科|社|会|校|塾|室|場|学校|学園|大学|クリニック|センター|ステーション|ホーム|サービス|ケア|クラブ|スクール|少年団|ベーカリー|ファーム|モータース|農園|食堂|商店|施設|工業|産業|物産|建設|運送|水産|製作所|鉄工所|工務店|自動車|製菓|電工|薬局|歯科|銀行|信用金庫|組合|協会|事業所|FC|チーム|グループ|ホールディングス|ロジスティクス|フーズ|テクノ|システムズ?)$/;

export function kindOf(text: string, entity: Entity): Kind | undefined {
  const value = text.slice(entity.start, entity.end);
  const before = text.slice(Math.max(0, entity.start - 8), entity.start);
  const after = text.slice(entity.end, entity.end + 6);
  switch (entity.type as EntityType) {
    case 'PERSON':
      if (/[A-Za-zÀ-ÿ]/.test(value) || /^[\p{Script=Katakana}ー・=＝\s]+$/u.test(value))
        return 'person-latin-katakana';
      if (TITLE_AFTER.test(after)) return 'person-titled';
      if (INTRODUCER_BEFORE.test(before)) return 'person-introduced';
      return 'person-other';
    case 'ORGANIZATION':
      if (LEGAL_FORM.test(value.normalize('NFKC'))) return 'org-legal';
      return FACILITY_END.test(value) ? 'org-suffix' : 'org-context';
    case 'ADDRESS':
      return /団地|住宅|宿舎|社宅|アパート|号棟|号室|棟|階|\s\S|\p{Script=Katakana}{2}|\d+-\d+-\d{3}$/u.test(
        value,
      )
        ? 'address-building'
        : 'address-street';
    case 'ID':
      return /番号|記号|No|ID|口座|普通|当座|第|カード|証|預金/.test(
        text.slice(Math.max(0, entity.start - 14), entity.start),
      )
        ? 'id-labelled'
        : 'id-other';
    case 'URL_HANDLE':
      return !/^https?:/i.test(value) && /[.．][a-zａ-ｚ]{2,}.*\//i.test(value)
        ? 'url-no-scheme'
        : 'url-other';
    default:
      return undefined;
  }
}
