#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): ONE run of `vpcgate check` writes the SARIF report, the Markdown
# report for the job summary and the workflow-command annotations. Inputs come as INPUT_* variables (set by
# action.yml from the action's inputs), VPCGATE is the launcher; exits with vpcgate's exit code.
set -euo pipefail
: "${VPCGATE:?path of the vpcgate launcher}" "${RUNNER_TEMP:?}" "${GITHUB_OUTPUT:?}" "${GITHUB_STEP_SUMMARY:?}"

args=("${INPUT_DIRECTORY:-.}")
[ "${INPUT_RECURSIVE:-false}" = true ] && args+=(--recursive)
# var-files and vars: one per line (a YAML block scalar), blank lines ignored
while IFS= read -r f; do [ -n "$f" ] && args+=(--var-file "$f"); done <<< "${INPUT_VAR_FILES:-}"
while IFS= read -r v; do [ -n "$v" ] && args+=(--var "$v"); done <<< "${INPUT_VARS:-}"
[ -n "${INPUT_PLAN:-}" ] && args+=(--plan "$INPUT_PLAN")
[ -n "${INPUT_SNAPSHOT:-}" ] && args+=(--snapshot "$INPUT_SNAPSHOT")
[ -n "${INPUT_PROJECT:-}" ] && args+=(--project "$INPUT_PROJECT")

sarif=$RUNNER_TEMP/vpcgate.sarif
summary=$RUNNER_TEMP/vpcgate.md
annotations=$RUNNER_TEMP/vpcgate.annotations
rm -f "$sarif" "$summary"
code=0
"$VPCGATE" check "${args[@]}" --fail-on "${INPUT_FAIL_ON:-blocking}" \
  -f github -f "sarif=$sarif" -f "markdown=$summary" > "$annotations" || code=$?

# Annotations and code scanning alerts never say the same thing twice: when the SARIF is uploaded, a finding
# with a place in a file is an alert there, so only what SARIF cannot place stays an annotation (findings on
# live resources, input errors, what was incomplete or not evaluated, and the verdict).
if [ "${INPUT_UPLOAD_SARIF:-true}" = true ] && [ -s "$sarif" ]; then
  awk '!/^::(error|warning|notice) file=[^:]*::/ || /^::[a-z]+ file=[^:]*title=[^:]* not evaluated::/' "$annotations"
else
  cat "$annotations"
fi

if [ -s "$summary" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi
# The upload step runs only when there is SARIF to upload (vpcgate exits 2 or 3 before writing one).
if [ -s "$sarif" ]; then
  echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
