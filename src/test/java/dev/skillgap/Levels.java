package dev.skillgap;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Skill levels to record in a test, by skill code:
 * {@code Levels.of("linux-administration", 5).and("troubleshooting", 4)}, or one of the
 * profiles below, which follow the role profiles in {@code db/reference/roles.yaml}.
 */
public final class Levels {

	private final Map<String, Integer> levels = new LinkedHashMap<>();

	private Levels() {
	}

	public static Levels none() {
		return new Levels();
	}

	public static Levels of(String skill, int level) {
		return new Levels().and(skill, level);
	}

	/** The same level for every skill given. */
	public static Levels all(Collection<String> skills, int level) {
		Levels levels = new Levels();
		skills.forEach((skill) -> levels.and(skill, level));
		return levels;
	}

	public Levels and(String skill, int level) {
		this.levels.put(skill, level);
		return this;
	}

	/** Skill code to level, in the order they were added. */
	public Map<String, Integer> asMap() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.levels));
	}

	public int size() {
		return this.levels.size();
	}

	/**
	 * Deep on one server: Linux, troubleshooting, web servers, backup, hardening (the
	 * server engineer's core skills), and no network or cloud design.
	 */
	public static Levels serverAdministrator() {
		return of("linux-administration", 5).and("troubleshooting", 4)
			.and("windows-server-administration", 3)
			.and("server-performance-tuning", 4)
			.and("web-servers", 4)
			.and("backup-recovery", 4)
			.and("server-hardening", 3)
			.and("shell-scripting", 3);
	}

	/**
	 * A server engineer who knows Linux and not Windows, at the server engineer's targets
	 * (issue 12: no Windows gap for them).
	 */
	public static Levels linuxServerEngineer() {
		return of("linux-administration", 4).and("troubleshooting", 4)
			.and("server-performance-tuning", 4)
			.and("web-servers", 3)
			.and("mail-servers", 3)
			.and("backup-recovery", 3)
			.and("server-hardening", 3)
			.and("monitoring", 3)
			.and("shell-scripting", 3);
	}

	/**
	 * A junior Linux server engineer: works with guidance on Linux and the server
	 * services.
	 */
	public static Levels juniorLinuxServerEngineer() {
		return of("linux-administration", 2).and("troubleshooting", 1)
			.and("web-servers", 1)
			.and("shell-scripting", 1)
			.and("network-fundamentals", 1);
	}

	/**
	 * Broad across network and cloud: what the infrastructure and cloud engineer profiles
	 * ask for.
	 */
	public static Levels networkAndCloud() {
		return of("network-fundamentals", 5).and("network-design", 4)
			.and("network-security", 4)
			.and("cloud-architecture", 4)
			.and("aws", 4)
			.and("cloud-migration", 4)
			.and("high-availability-dr", 4)
			.and("capacity-scalability", 4)
			.and("infrastructure-as-code", 4);
	}

}
