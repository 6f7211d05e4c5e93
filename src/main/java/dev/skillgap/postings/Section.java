package dev.skillgap.postings;

import java.util.Locale;

/**
 * The part of a posting a line belongs to, recognised by its heading in Japanese or
 * English (the heading words are in {@code db/reference/postings.yaml}). The article
 * reads a posting by its duties (仕事内容), the technologies it uses (使用する技術) and the skill
 * set it asks for (求められるスキルセット), lines 84-98.
 */
public enum Section {

	/** Before any heading: usually the title and a summary. */
	INTRO(1.0, 1),
	/** 業務内容 / Responsibilities. */
	DUTIES(2.0, 2),
	/** 必須スキル / Requirements. */
	REQUIRED(3.0, 3),
	/** 歓迎スキル / Nice to have. */
	PREFERRED(1.0, 1),
	/** 使用技術 / Tech stack. */
	TECHNOLOGIES(2.0, 2),
	/** Company blurb, salary, benefits, location: noise for reading the role. */
	OTHER(0.3, 1);

	/** How much a mention here counts when reading the posting's emphasis. */
	final double emphasis;

	/** The weight (1-3) a skill asked for here gets in the posting's profile. */
	final int requirementWeight;

	Section(double emphasis, int requirementWeight) {
		this.emphasis = emphasis;
		this.requirementWeight = requirementWeight;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
