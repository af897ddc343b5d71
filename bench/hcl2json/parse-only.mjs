// Parses the .tf paths on stdin with HashiCorp's HCL parser (@cdktf/hcl2json) and keeps nothing: the reference
// for vpcgate's throughput in make bench. Prints "files N bytes B parse_ms T failed F" (parse time, without
// reading and node's start). Test tooling only.
import { parse } from "@cdktf/hcl2json";
import fs from "fs";

const files = fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
let bytes = 0;
let failed = 0;
await parse("warmup.tf", 'locals { a = 1 }\n');
const start = process.hrtime.bigint();
for (let i = 0; i < files.length; i++) {
  bytes += Buffer.byteLength(texts[i]);
  try {
    await parse(files[i], texts[i]);
  } catch (e) {
    failed++;
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`files ${files.length} bytes ${bytes} parse_ms ${ms.toFixed(0)} failed ${failed}`);
