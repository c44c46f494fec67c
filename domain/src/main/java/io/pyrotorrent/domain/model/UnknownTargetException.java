package io.pyrotorrent.domain.model;

/**
 * No such target, or none this caller may see: both answer the same, so a target's existence
 * never leaks to someone not allowed to use it.
 */
public final class UnknownTargetException extends RuntimeException {

    public UnknownTargetException(String name) {
        super("no target named '" + InfoHash.abbreviate(name) + "'");
    }
}
