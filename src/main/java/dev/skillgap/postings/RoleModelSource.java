package dev.skillgap.postings;

import java.util.Optional;

/**
 * Where the learned role model comes from. Today the reference data
 * ({@code db/reference/posting-model.yaml}, read at start); an organisation's own model,
 * learned from its own labelled postings with the same command, can come from elsewhere
 * behind this one method.
 */
interface RoleModelSource {

	/** The model, or empty to score the roles by the article's signals alone. */
	Optional<RoleModel> model();

}
