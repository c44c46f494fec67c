package io.pyrotorrent.app.security;

import io.pyrotorrent.domain.port.out.LoginEvents;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins in the log, for an operator or fail2ban: who, from where, how many failures in a row.
 * Never a password (the port does not even carry one). Names are quoted and cut, so a crafted name
 * cannot forge log lines.
 */
public final class LoginLog implements LoginEvents {

    private static final Logger LOG = LoggerFactory.getLogger("pyrotorrent.login");
    private static final int MAX_SHOWN = 64;

    @Override
    public void succeeded(String name, String clientAddress) {
        LOG.info("login ok: user {} from {}", shown(name), clientAddress);
    }

    @Override
    public void failed(String name, String clientAddress, int failuresInRow, Optional<Duration> lockedFor) {
        LOG.warn(
                "login failed: user {} from {} ({} in a row){}",
                shown(name),
                clientAddress,
                failuresInRow,
                lockedFor
                        .map(wait -> "; further attempts wait " + wait.toSeconds() + " s")
                        .orElse(""));
    }

    @Override
    public void throttled(String name, String clientAddress, Duration retryAfter) {
        LOG.warn(
                "login refused unchecked: user {} from {} must wait {} s more",
                shown(name),
                clientAddress,
                Math.max(1, retryAfter.toSeconds()));
    }

    static String shown(String name) {
        String cut = name.length() > MAX_SHOWN ? name.substring(0, MAX_SHOWN) + "…" : name;
        StringBuilder quoted = new StringBuilder("'");
        cut.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '\'' || c == '\\') {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('\'').toString();
    }
}
