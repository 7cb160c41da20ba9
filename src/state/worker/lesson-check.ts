// A lesson's checks, judged in the worker. Apart from handle.ts and loaded when a lesson is open: the checks reach
// the shell's programs, which a worker that only builds clusters never needs.
export { checkLesson } from '../../lessons';
