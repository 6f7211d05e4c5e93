package dev.skillgap.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPerAddress registration attempts one client address may make per window
 * @param window the length of a window, which starts with an address's first attempt
 */
@ConfigurationProperties("skillgap.security.registration")
record RegistrationProperties(@DefaultValue("20") int maxPerAddress, @DefaultValue("1h") Duration window) {

}
