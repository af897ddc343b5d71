#!/usr/bin/env bash
# Prints PIT's kill rate from mutations.xml, and the survivors by class: bench/mutation-score.sh FILE
set -euo pipefail
f=${1:?usage: $0 rules/target/pit-reports/mutations.xml}
python3 - "$f" <<'PY'
import sys, collections, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
status = collections.Counter(m.get('status') for m in root.iter('mutation'))
killed = status['KILLED'] + status['TIMED_OUT'] + status['MEMORY_ERROR'] + status['RUN_ERROR']
total = sum(status.values())
survivors = collections.Counter(m.findtext('mutatedClass').rsplit('.', 1)[-1]
                                for m in root.iter('mutation') if m.get('status') in ('SURVIVED', 'NO_COVERAGE'))
print(f"mutation: {killed} of {total} mutants killed ({100.0 * killed / max(total, 1):.1f}%); "
      + ", ".join(f"{k} {v}" for k, v in sorted(status.items())))
for cls, n in survivors.most_common(15):
    print(f"  {n:4d} surviving in {cls}")
PY
