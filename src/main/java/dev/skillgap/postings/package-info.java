/**
 * Reading job postings (the article's third question, lines 80-98): which skills a
 * posting asks for, which role it describes by its duties, technologies and skill set,
 * and the reader's own gap to it. Explainable rules over the term dictionary in
 * {@code db/reference/skills.yaml} and the duty phrases in
 * {@code db/reference/roles.yaml}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Job postings",
		allowedDependencies = { "gaps", "identity", "learning", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.postings;
