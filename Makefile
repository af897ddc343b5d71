# vpcgate: `make run` checks the bundled incident sample, `make test` runs every test.
MVN ?= mvn -B -ntp
JAR := cli/target/vpcgate.jar
ARCHIVE := cli/target/vpcgate.jsa
RULES_ARCHIVE := cli/target/vpcgate-rules.jsa
SAMPLE := samples/staging-incident
SOURCES := pom.xml $(shell find validator-core rules gcp-adapter custom-rules cli -path '*/target' -prune -o -type f \( -name '*.java' -o -name '*.md' -o -name '*.properties' -o -name 'pom.xml' \) -print)

COMMIT = $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
# The repository a release is built from (https://github.com/OWNER/NAME; the release workflow sets it): a release's
# reports then link each rule's page there, at the release's tag. Empty: reports name `vpcgate rules ID` only.
REPOSITORY ?=

.PHONY: run build dist dist-test test bench profile docs parse-rate hcl-parity hcl4j corpus mutation mermaid-check clean

run: $(ARCHIVE)
	@bin/vpcgate check $(SAMPLE)/terraform --snapshot $(SAMPLE)/live.json; code=$$?; \
	  echo "(vpcgate exited $$code; 4 means the deploy is blocked, as it must be for this sample)"; \
	  test $$code -eq 4

build: $(ARCHIVE) $(RULES_ARCHIVE)

$(JAR): $(SOURCES)
	$(MVN) -q -DskipTests -Dvpcgate.commit=$(COMMIT) -Dvpcgate.repository=$(REPOSITORY) package
	@touch $(JAR)

# A training run writes every report format, so that each reporter's classes are in the archive
EVERY_FORMAT := -f text -f sarif=/dev/null -f json=/dev/null -f junit=/dev/null -f markdown=/dev/null -f github=/dev/null

# The jar's class data sharing archive, from training runs in one JVM that write every format (a default check
# writes text): the sample with its plan and live state, then every sample's root checked recursively (the classes
# of a recursive check); remade whenever the jar is (mvn verify rebuilds it too), since the JVM ignores an archive of
# another jar
$(ARCHIVE): $(JAR)
	@rm -f $(ARCHIVE)
	@VPCGATE_CDS_DUMP=1 bin/vpcgate check $(SAMPLE)/terraform --plan $(SAMPLE)/plan.json --snapshot $(SAMPLE)/live.json \
	  $(EVERY_FORMAT) --then check --recursive samples $(EVERY_FORMAT) >/dev/null 2>&1 || test -f $(ARCHIVE)

# The archive of a run with custom rules (the launcher picks it when the run has some): the same, trained on the
# sample of an organisation's own rules, whose .vpcgate/rules the check finds above its Terraform, then on every
# sample checked recursively with those rules
$(RULES_ARCHIVE): $(JAR)
	@rm -f $(RULES_ARCHIVE)
	@VPCGATE_CDS_DUMP=1 bin/vpcgate check samples/custom-rules/terraform $(EVERY_FORMAT) \
	  --then check --recursive samples --rules samples/custom-rules/.vpcgate/rules $(EVERY_FORMAT) >/dev/null 2>&1 \
	  || test -f $(RULES_ARCHIVE)

# Release files in dist/: vpcgate-VERSION-linux-x64.tar.gz (with a jlinked Java runtime), vpcgate-VERSION.zip
# (for any OS with Java 17+), SHA256SUMS; VERSION is the Maven project version (src/dist/dist.sh)
dist: $(JAR)
	src/dist/dist.sh

# The distribution end to end, with no JDK on PATH: the tarball, the zip, a live read through the bundled runtime,
# the GitHub Action's steps, the GitLab and Cloud Build recipes, the pre-commit hook (src/test/dist/e2e.sh)
dist-test: dist
	MVN="$(MVN)" src/test/dist/e2e.sh

# Unit, fixture and end-to-end tests; our parser against HashiCorp's on every .tf we wrote; the distribution.
test:
	$(MVN) -Dvpcgate.commit=$(COMMIT) verify
	MVN="$(MVN)" bench/hcl-parity.sh rules/src/test/resources samples
	$(MAKE) dist-test

# Figures for docs/performance.md, measured side by side in one run: throughput on a generated monorepo against
# HashiCorp's parser, CLI start-up with and without the CDS archive, a live read against fakes with latency, a
# BigQuery asset table against its fake with latency, and a generated organisation audited from its export
bench: $(ARCHIVE) $(RULES_ARCHIVE)
	MVN="$(MVN)" bench/monorepo.sh
	MVN="$(MVN)" bench/startup.sh
	MVN="$(MVN)" bench/live-read.sh
	bench/export.sh
	bench/connector-series.sh
	MVN="$(MVN)" bench/bigquery.sh
	bench/org-audit.sh

# Where a check's CPU time goes, by phase and by vpcgate's innermost frame (async-profiler, fetched from Maven Central
# on first use): on the generated monorepo, or make profile PROFILE_ARGS="DIR [--rules DIR]"
profile: $(ARCHIVE) $(RULES_ARCHIVE)
	MVN="$(MVN)" bench/profile.sh $(PROFILE_ARGS)

# The rule reference in docs/rules, generated from the rules and their tested fixtures (a test fails when it is stale)
docs: $(JAR)
	bin/vpcgate rules docs --out docs/rules

# Parse rate of the HCL front end over a directory of real Terraform: make parse-rate CORPUS=dir
parse-rate:
	$(MVN) -q -pl validator-core -am test-compile
	java -cp validator-core/target/classes:validator-core/target/test-classes io.vpcgate.input.hcl.ParseCorpus $(CORPUS)

# Our parser against HashiCorp's (npm @cdktf/hcl2json, test tooling), file by file: make hcl-parity CORPUS=dir
hcl-parity:
	bench/hcl-parity.sh $(CORPUS)

# HCL4j (the parser the product was first specified with) against ours and HashiCorp's, on real Terraform:
# make hcl4j CORPUS="dir..." (figures and their reading in docs/hcl4j-measurement.md)
hcl4j:
	bench/hcl4j.sh $(CORPUS)

# Mutation testing of the rules (PIT): the kill rate, and rules/target/pit-reports/index.html for the survivors
mutation:
	$(MVN) -q -pl validator-core -am install -DskipTests
	$(MVN) -P mutation -pl rules test-compile org.pitest:pitest-maven:mutationCoverage
	@bench/mutation-score.sh rules/target/pit-reports/mutations.xml

# Every rule over public Terraform nobody here wrote, for review of false positives: make corpus CORPUS=dir
corpus:
	bench/corpus.sh $(CORPUS)

# The Markdown report's Mermaid diagram rendered by the Mermaid CLI (needs Debian's chromium)
mermaid-check:
	bench/mermaid-check.sh

clean:
	$(MVN) -q clean
