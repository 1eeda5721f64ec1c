/**
 * `npm run bench:childcare`: the childcare open data and search at national scale.
 * 1. Import of a generated 50,000-row 子育て施設一覧 (about the number of nurseries and
 *    kindergartens in Japan) into one municipality, rows per second, then the same file
 *    again (everything unchanged).
 * 2. The public search by birth date + kind + open-at over those 50,000 facilities,
 *    through the use-case (SQL, presenters, vacancies), p50/p95 (target p95 ≤ 50 ms).
 * 3. The published vacancy table of a month for 1,000 nurseries with twelve months of
 *    history, p50/p95 (target p95 ≤ 100 ms).
 * PostgreSQL from DATABASE_URL or TEST_DATABASE_URL (a fresh database, dropped after);
 * the embedded engine in a temporary directory without one. BENCH_FACILITIES and
 * BENCH_REPETITIONS scale it down for a quick look.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { checkDigitOf, type ChildcareKind } from '@yorisoi/shared';
import { loadConfig } from '../src/config/config.ts';
import { parseKeyring } from '../src/platform/crypto/keyring.ts';
import type { AppContext } from '../src/app/context.ts';
import { createAppContext } from '../src/app/create-app-context.ts';
import { importChildcareFacilities } from '../src/childcare/opendata/facility-import.service.ts';
import { csvField } from '../src/childcare/opendata/csv-records.ts';
import {
  getPublicVacancyTable,
  searchChildcareFacilities,
} from '../src/childcare/childcare-public.service.ts';
import { municipalities } from '../src/platform/db/schema/index.ts';
import { openBenchDatabase } from './bench-database.ts';
import { Cleanup } from './cleanup.ts';
import { round } from './stats.ts';

const facilityCount = Number(process.env.BENCH_FACILITIES ?? 50_000);
const tableFacilities = 1_000;
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 200);
const targets = { searchP95Ms: 50, tableP95Ms: 100 };

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const kinds: [string, number][] = [
  ['認可私立保育所', 0.38],
  ['認可公立保育所', 0.12],
  ['認定こども園（幼保連携型）', 0.14],
  ['小規模保育事業', 0.1],
  ['私立幼稚園', 0.12],
  ['地域子育て支援センター', 0.06],
  ['児童館', 0.04],
  ['認可外保育施設', 0.04],
];
const ages = [
  '６か月～５歳',
  '産休明け～５歳',
  '生後57日～就学前',
  '0歳～2歳',
  '3歳～5歳',
  '未就学児',
  '18歳未満',
  '1歳～5歳',
  '応相談',
];
const days = ['月～金', '月～土', '平日', '火～日', '毎日'];
const opens = ['7:00', '7:30', '8:00', '9:00'];
const closes = ['16:00', '18:00', '18:30', '19:00', '20:00'];
const header =
  '全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,収容定員,受入年齢,利用可能曜日,開始時間,終了時間,一時預かりの有無,病児保育の有無,授乳室,おむつ替えコーナー,駐車場情報,独自項目';

function generatedFile(
  code: string,
  count: number,
  seed: number,
  kindOverride?: string,
): Uint8Array {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const kindOf = () => {
    let r = next();
    for (const [kind, share] of kinds) {
      if ((r -= share) < 0) return kind;
    }
    return kinds[0]![0];
  };
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const area = `第${1 + (i % 40)}地区`;
    lines.push(
      [
        code,
        `B${String(i + 1).padStart(6, '0')}`,
        'ベンチ市',
        `ベンチ保育園${i + 1}（架空）`,
        `ベンチホイクエン${i + 1}`,
        kindOverride ?? kindOf(),
        area,
        `ベンチ県ベンチ市${area}${i + 1}番地`,
        (31 + next()).toFixed(5),
        (130 + next()).toFixed(5),
        `099-${String(i % 1000).padStart(3, '0')}-${String(i % 10_000).padStart(4, '0')}`,
        String(30 + Math.floor(next() * 150)),
        pick(ages),
        pick(days),
        pick(opens),
        pick(closes),
        next() < 0.3 ? '有' : '無',
        next() < 0.05 ? '有' : '無',
        next() < 0.5 ? '有' : '無',
        '有',
        next() < 0.7 ? '有' : '無',
        `メモ${i % 97}`,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

async function addMunicipality(ctx: AppContext, prefix: string) {
  const five = `${prefix}${String(crypto.randomInt(0, 1000)).padStart(3, '0')}`;
  const code = `${five}${checkDigitOf(five)}`;
  const [row] = await ctx.db
    .insert(municipalities)
    .values({ code, name: 'ベンチ市', prefecture: 'ベンチ県' })
    .returning();
  return { id: row!.id, code, name: row!.name };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
  const cleanup = new Cleanup();
  process.on('SIGINT', () => void cleanup.runAll().then(() => process.exit(130)));
  try {
    const bench = await openBenchDatabase(serverUrl, 4, cleanup);
    const key = crypto.randomBytes(32).toString('base64');
    const now = new Date('2026-12-07T03:00:00Z');
    const ctx = createAppContext({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PSEUDONYM_KEY: key }),
      database: bench.database,
      keyring: parseKeyring(`bench:${key}`),
      now: () => now,
    });

    // 1. Import.
    const national = await addMunicipality(ctx, '13');
    const file = generatedFile(national.code, facilityCount, 1);
    const [first, importMs] = await timed(() =>
      importChildcareFacilities(ctx, { municipality: national, bytes: file, actor: null }),
    );
    const [second, reimportMs] = await timed(() =>
      importChildcareFacilities(ctx, { municipality: national, bytes: file, actor: null }),
    );
    if (first.inserted !== facilityCount || second.unchanged !== facilityCount)
      throw new Error('import did not take every row');
    await ctx.db.execute(sql`analyze childcare_facilities`);

    // 2. Search by birth date + kind + open-at.
    const next = random(2);
    const searchKinds: ChildcareKind[] = [
      'licensed_nursery',
      'certified_kodomoen',
      'small_nursery',
      'kindergarten',
    ];
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
    const searchMs: number[] = [];
    let resultCount = 0;
    for (let i = 0; i < repetitions; i++) {
      const birth = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 864e5)
        .toISOString()
        .slice(0, 10);
      const [result, ms] = await timed(() =>
        searchChildcareFacilities(ctx, {
          code: national.code,
          query: {
            birthDate: birth,
            on: '2027-04-01',
            kind: searchKinds[i % searchKinds.length],
            openAt: `${weekdays[i % weekdays.length]} ${String(7 + (i % 12)).padStart(2, '0')}:30`,
          },
          locale: 'ja',
        }),
      );
      searchMs.push(ms);
      resultCount += result.facilities.length;
    }

    // 3. The vacancy table of 1,000 nurseries with twelve months of history.
    const city = await addMunicipality(ctx, '27');
    await importChildcareFacilities(ctx, {
      municipality: city,
      bytes: generatedFile(city.code, tableFacilities, 3, '認可私立保育所'),
      actor: null,
    });
    await ctx.db.execute(sql`
      insert into childcare_vacancies (facility_id, municipality_id, month, age0, age1, age2, age3, age4, age5)
      select f.id, f.municipality_id, m.month, (random()*6)::int, (random()*6)::int, (random()*6)::int,
             (random()*6)::int, (random()*6)::int, (random()*6)::int
      from childcare_facilities f
      cross join generate_series('2026-01-01'::date, '2026-12-01'::date, interval '1 month') as m(month)
      where f.municipality_id = ${city.id} and (m.month < '2026-12-01' or random() < 0.9)`);
    await ctx.db.execute(sql`
      insert into childcare_vacancy_publications (municipality_id, month)
      select ${city.id}, m::date from generate_series('2026-01-01'::date, '2026-12-01'::date, interval '1 month') m`);
    await ctx.db.execute(sql`analyze childcare_vacancies`);
    const tableMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < Math.min(repetitions, 100); i++) {
      const [table, ms] = await timed(() =>
        getPublicVacancyTable(ctx, { code: city.code, month: undefined }),
      );
      tableMs.push(ms);
      rows = table.rows.length;
    }

    const result = {
      database: bench.kind,
      facilities: facilityCount,
      import: {
        rowsPerSecond: Math.round(facilityCount / (importMs / 1000)),
        seconds: round(importMs / 1000, 1),
        reimportSeconds: round(reimportMs / 1000, 1),
        reimportUnchanged: second.unchanged,
      },
      search: {
        repetitions,
        meanResults: round(resultCount / repetitions, 1),
        p50Ms: round(percentile(searchMs, 0.5)),
        p95Ms: round(percentile(searchMs, 0.95)),
        targetP95Ms: targets.searchP95Ms,
      },
      vacancyTable: {
        facilities: rows,
        months: 12,
        p50Ms: round(percentile(tableMs, 0.5)),
        p95Ms: round(percentile(tableMs, 0.95)),
        targetP95Ms: targets.tableP95Ms,
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    console.table([
      {
        measure: `import ${facilityCount} rows`,
        value: `${result.import.rowsPerSecond} rows/s (${result.import.seconds} s; again, unchanged: ${result.import.reimportSeconds} s)`,
      },
      {
        measure: 'search birth date + kind + open-at',
        value: `p50 ${result.search.p50Ms} ms, p95 ${result.search.p95Ms} ms (target ≤ ${targets.searchP95Ms})`,
      },
      {
        measure: `vacancy table, ${rows} facilities`,
        value: `p50 ${result.vacancyTable.p50Ms} ms, p95 ${result.vacancyTable.p95Ms} ms (target ≤ ${targets.tableP95Ms})`,
      },
    ]);
  } finally {
    await cleanup.runAll();
  }
}

await main();
