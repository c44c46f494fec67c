package io.pyrotorrent.adapter.web;

/**
 * How the pages behave beyond the use cases. {@code secureCookies}: mark cookies Secure even when
 * a request arrived over plain HTTP (a TLS proxy in front that does not say so).
 */
public record WebOptions(boolean secureCookies) {

    public static final WebOptions DEFAULT = new WebOptions(false);
}
