package dev.skillgap.postings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPerWindow posting analyses (pasted or saved) one account may ask for per
 * window
 * @param window the length of a window, which starts with the account's first analysis
 */
@ConfigurationProperties("skillgap.postings.throttle")
record PostingThrottleProperties(@DefaultValue("40") int maxPerWindow, @DefaultValue("10m") Duration window) {

}
