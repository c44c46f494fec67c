package io.pyrotorrent.domain.model.seeding;

import java.util.Locale;

/** What a seeding rule does to a torrent that reached its limit. */
public enum RuleAction {
    /** Stops seeding; the torrent and its data stay. */
    STOP,
    /** Removes the torrent from rTorrent; its data stays on disk. */
    REMOVE,
    /** Removes the torrent and its data, through the same guarded path as the remove-with-data page. */
    REMOVE_WITH_DATA;

    /** The name the API and the forms use: stop, remove, remove-with-data. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RuleAction ofWord(String word) {
        for (RuleAction action : values()) {
            if (action.word().equals(word)) {
                return action;
            }
        }
        throw new IllegalArgumentException("action: stop, remove or remove-with-data, not '"
                + (word.length() <= 40 ? word : word.substring(0, 40) + "...") + "'");
    }
}
