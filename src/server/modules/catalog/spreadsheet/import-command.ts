/**
 * `npm run import -- catalog FILE.xlsx`: imports a workbook as the system, with a progress bar
 * over rows validated and entries written, then a summary or every located problem.
 */
import { SingleBar, Presets } from 'cli-progress';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogSpreadsheetService, ImportProgress } from './catalog-spreadsheet.service.js';
import { describeProblem } from './sheet-problems.js';

const phaseLabels: Record<ImportProgress['phase'], string> = {
  validating: '校验 validating rows   ',
  writing: '写入 writing entries   ',
};

/** Runs the import and returns the process exit code: 0 imported, 1 nothing written. */
export async function runCatalogImportCommand({
  catalog,
  file,
  out = process.stdout,
  err = process.stderr,
}: {
  catalog: Pick<CatalogSpreadsheetService, 'importCatalogWorkbook'>;
  file: string;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}): Promise<number> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    err.write(`无法读取文件 Cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  // The bar draws only on a terminal (cli-progress stays silent otherwise, e.g. in CI logs).
  const bar = new SingleBar(
    { format: '{phase} [{bar}] {value}/{total}', stream: err as NodeJS.WriteStream, hideCursor: true },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | null = null;
  const onProgress = (progress: ImportProgress) => {
    if (progress.phase !== phase) {
      if (phase) bar.stop();
      phase = progress.phase;
      bar.start(progress.total, 0, { phase: phaseLabels[phase] });
    }
    bar.update(progress.done);
  };
  const outcome = await catalog.importCatalogWorkbook({ buffer, actor: 'system', onProgress }).finally(() => {
    if (phase) bar.stop();
  });

  const name = path.basename(file);
  if (!outcome.ok) {
    err.write(
      `\n未导入：${name} 中有 ${outcome.problems.length} 处问题，未写入任何内容。\n` +
        `Nothing imported: ${outcome.problems.length} problem(s) in ${name}; nothing was written.\n\n`,
    );
    for (const problem of outcome.problems) {
      const zh = describeProblem(problem, 'zh-CN');
      const en = describeProblem(problem, 'en');
      const column = zh.column ? `［${zh.column}］` : '';
      err.write(`  ${zh.field} ${column} ${zh.message}\n      ${en.message}\n`);
    }
    return 1;
  }
  const c = outcome.counts;
  out.write(
    [
      `\n导入完成 Imported ${name}`,
      `  文件中的事项 items in file           ${c.items}（实施清单 implementations ${c.implementations}）`,
      `  新增事项 items created               ${c.itemsCreated}`,
      `  更新事项 items updated               ${c.itemsUpdated}`,
      `  发布新版本 versions published        ${c.versionsPublished}`,
      `  未变化 unchanged implementations     ${c.unchanged}`,
      '',
    ].join('\n'),
  );
  return 0;
}
