package dev.skillgap.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param deviceSecret the key that signs device cookies, base64 (at least 32 bytes); when
 * blank, a key is generated once and kept in PostgreSQL, so that every instance shares it
 * @param deviceCookieMaxAge how long a device cookie keeps a browser trusted for its
 * account
 */
@ConfigurationProperties("skillgap.security.login")
record LoginProperties(String deviceSecret, @DefaultValue("90d") Duration deviceCookieMaxAge) {

}
