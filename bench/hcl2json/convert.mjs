// Reads .tf paths on stdin, writes {path: hcl2json output} to argv[2]. Test tooling only.
import { parse } from "@cdktf/hcl2json";
import fs from "fs";

const files = fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = {};
let failed = 0;
for (const f of files) {
  try {
    out[f] = await parse(f, fs.readFileSync(f, "utf8"));
  } catch (e) {
    out[f] = { __error: String(e).slice(0, 300) };
    failed++;
  }
}
fs.writeFileSync(process.argv[2], JSON.stringify(out));
console.error(`hcl2json parsed ${files.length - failed} of ${files.length} files`);
