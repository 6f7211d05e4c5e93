#!/usr/bin/env bash
# The corpus of real job postings and the learned role model (docs/postings-model.md):
#   db/postings-corpus/corpus.sh extract [texts]   hashes and features of the local texts -> corpus.yaml
#   db/postings-corpus/corpus.sh freeze            the test split, once -> test-split.txt
#   db/postings-corpus/corpus.sh baseline [texts]  the article-signal rules on the test split (needs the texts)
#   db/postings-corpus/corpus.sh train             cross-validation and training -> db/reference/posting-model.yaml
#   db/postings-corpus/corpus.sh evaluate          the model on the test split (once per release)
# The texts stay outside the repository: [texts] or $SKILLGAP_POSTING_TEXTS, default /work/postings-texts.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipFrontend -DskipTests test-compile
./mvnw -q -B -DskipFrontend dependency:build-classpath -Dmdep.outputFile=target/corpus-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/corpus-classpath.txt)" dev.skillgap.postings.PostingCorpusTool "$@"
