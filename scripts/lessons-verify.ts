// npm run lessons:verify: every lesson's start fails its check and its solution passes, every text is in both
// languages, every debrief link is well-formed, and the lessons cover every item of the article. One line per
// lesson, then `lessons: N verified`; exit status 1 on any problem.
import { lessons, verifyLessons } from '../src/lessons';

const report = verifyLessons(lessons);
for (const r of report.lessons) {
  const mark = r.problems.length === 0 ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${r.id}: start fails ${r.startFailed}/${r.items}, solution passes ${r.solutionPassed}/${r.items}`);
  for (const p of r.problems) console.log(`       ${p}`);
}
for (const p of report.problems) console.log(`FAIL ${p}`);
if (report.ok) console.log(`lessons: ${report.lessons.length} verified`);
else {
  console.log(`lessons: ${report.lessons.filter((r) => r.problems.length > 0).length} of ${report.lessons.length} failed${report.problems.length ? `, ${report.problems.length} problem(s) across lessons` : ''}`);
  process.exitCode = 1;
}
