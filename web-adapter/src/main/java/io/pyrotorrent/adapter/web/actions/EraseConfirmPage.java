package io.pyrotorrent.adapter.web.actions;

import java.util.List;

/**
 * The question before an erase: which torrents, on which instance. Its form posts the same action
 * again with {@code confirm=yes}; without script this page is the confirmation step.
 */
record EraseConfirmPage(String target, List<Named> torrents, String returnTo) {

    record Named(String hash, String name) {}
}
