package dev.skillgap.postings;

import java.util.List;
import java.util.Locale;

/**
 * The part of a posting a line belongs to, recognised by its heading in Japanese or
 * English. The article reads a posting by its duties (仕事内容), the technologies it uses
 * (使用する技術) and the skill set it asks for (求められるスキルセット), lines 84-98.
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

	private static final List<String> DUTIES_WORDS = List.of("業務内容", "仕事内容", "職務内容", "担当業務", "業務詳細", "お任せしたい",
			"responsibilities", "what you will do", "what you'll do", "the role", "duties", "job description",
			"your mission", "key tasks");

	private static final List<String> REQUIRED_WORDS = List.of("必須", "応募資格", "必要なスキル", "求めるスキル", "求める経験", "応募条件",
			"requirements", "required", "qualifications", "must have", "must-have", "what we're looking for",
			"what we are looking for", "you have", "minimum");

	private static final List<String> PREFERRED_WORDS = List.of("歓迎", "尚可", "あれば", "nice to have", "nice-to-have",
			"preferred", "bonus", "pluses", "a plus", "desirable");

	private static final List<String> TECHNOLOGY_WORDS = List.of("使用技術", "開発環境", "技術スタック", "技術環境", "動作環境", "使用ツール",
			"tech stack", "technologies", "our stack", "tools", "environment", "technology");

	private static final List<String> OTHER_WORDS = List.of("会社概要", "会社名", "企業概要", "給与", "年収", "待遇", "福利厚生", "勤務地",
			"勤務時間", "休日", "選考", "雇用形態", "about us", "about the company", "who we are", "salary", "compensation",
			"benefits", "perks", "location", "working hours", "how to apply", "employment type", "company");

	/**
	 * The section a heading line opens, or null when the line is not a heading. A heading
	 * is a short line, often bracketed (【業務内容】, ■必須スキル) or ending in a colon.
	 */
	static Section ofHeading(String normalizedLine) {
		String line = normalizedLine.strip();
		if (line.isEmpty() || line.length() > 48) {
			return null;
		}
		boolean marked = line.startsWith("【") || line.startsWith("[") || line.startsWith("■") || line.startsWith("◆")
				|| line.startsWith("●") || line.startsWith("#") || line.startsWith("<") || line.endsWith(":")
				|| line.endsWith("】") || line.length() <= 24;
		if (!marked) {
			return null;
		}
		String head = line.toLowerCase(Locale.ROOT);
		int bracket = head.indexOf('】');
		if (bracket > 0) {
			head = head.substring(0, bracket);
		}
		else if (head.indexOf(':') > 0 && head.indexOf(':') < head.length() - 1 && !line.endsWith(":")) {
			head = head.substring(0, head.indexOf(':'));
		}
		if (containsAny(head, PREFERRED_WORDS)) {
			return PREFERRED;
		}
		if (containsAny(head, REQUIRED_WORDS)) {
			return REQUIRED;
		}
		if (containsAny(head, DUTIES_WORDS)) {
			return DUTIES;
		}
		if (containsAny(head, TECHNOLOGY_WORDS)) {
			return TECHNOLOGIES;
		}
		if (containsAny(head, OTHER_WORDS)) {
			return OTHER;
		}
		return null;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	private static boolean containsAny(String text, List<String> words) {
		return words.stream().anyMatch(text::contains);
	}

}
