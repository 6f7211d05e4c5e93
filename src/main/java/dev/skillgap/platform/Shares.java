package dev.skillgap.platform;

/** Shares (fits, scores: 0 to 1) as the API shows them. */
public final class Shares {

	private Shares() {
	}

	/** Four decimals are plenty for a share; rounding keeps the order of values. */
	public static double round(double share) {
		return Math.round(share * 10_000) / 10_000.0;
	}

}
