package dev.skillgap.postings;

import java.util.List;

import dev.skillgap.postings.PostingAnalysis.RoleScore;

/**
 * Step 4 of reading a posting: which role it describes. Every role is scored, best first,
 * each score with the words that pushed it there (the answer must explain itself).
 */
interface RoleScorer {

	List<RoleScore> score(ReadPosting posting);

}
