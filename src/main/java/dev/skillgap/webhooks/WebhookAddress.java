package dev.skillgap.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import dev.skillgap.platform.DomainException;

/**
 * Which webhook addresses the application may post to: {@code https} only, to a host
 * whose every address is public; never loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16: cloud metadata), carrier-grade NAT (100.64/10),
 * multicast or unspecified addresses, so that a webhook cannot reach inside the network
 * the application runs in. With {@code allowLoopback} (tests, set by
 * {@code skillgap.webhooks.allow-loopback}), {@code http} and {@code https} to a loopback
 * address are accepted as well. Checked when saved and again before each delivery (the
 * name may resolve elsewhere by then).
 */
final class WebhookAddress {

	private WebhookAddress() {
	}

	/**
	 * @return the address as a URI
	 * @throws DomainException 400 (field {@code url}) for anything else
	 */
	static URI check(String url, boolean allowLoopback) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw invalid();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
				|| !(scheme.equals("https") || scheme.equals("http"))) {
			throw invalid();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException | SecurityException ex) {
			throw DomainException.invalid("url", "webhook.url.unresolved");
		}
		boolean loopback = true;
		for (InetAddress address : addresses) {
			if (address.isLoopbackAddress()) {
				continue;
			}
			loopback = false;
			if (!isPublic(address)) {
				throw DomainException.invalid("url", "webhook.url.internal");
			}
		}
		if (loopback && !allowLoopback) {
			throw DomainException.invalid("url", "webhook.url.internal");
		}
		if (scheme.equals("http") && !(loopback && allowLoopback)) {
			throw invalid();
		}
		return uri;
	}

	/** The address as shown: scheme and host, the secret path hidden. */
	static String masked(URI uri) {
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
				+ ((uri.getPort() > 0) ? ":" + uri.getPort() : "") + "/\u2022\u2022\u2022\u2022";
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0/8 this network, 100.64/10 carrier-grade NAT, 192.0.0/24 protocol
			// assignments,
			// 198.18/15 benchmarking, 240/4 reserved
			return !(first == 0 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					|| (first == 198 && (second == 18 || second == 19)) || first >= 240);
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local; an IPv4-mapped address is judged as IPv4
			if ((bytes[0] & 0xfe) == 0xfc) {
				return false;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= bytes[i] == 0;
			}
			if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
		}
		return true;
	}

	private static DomainException invalid() {
		return DomainException.invalid("url", "webhook.url.invalid");
	}

}
