// Parts of a words file picked at build time (scripts/pick-json.ts): `./x.json?keys=a,b.c&pick`.
declare module '*&pick' {
  type Words = { [key: string]: string | Words };
  const part: Words;
  export default part;
}
