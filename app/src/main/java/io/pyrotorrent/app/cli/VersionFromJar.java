package io.pyrotorrent.app.cli;

import picocli.CommandLine.IVersionProvider;

/** --version: the version Maven wrote into the jar's manifest, so it never goes stale by hand. */
final class VersionFromJar implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PyrotorrentCommand.class.getPackage().getImplementationVersion();
        // Classes run from target/classes (tests, an IDE) have no manifest.
        return new String[] {"pyroTorrent " + (version == null ? "(development build)" : version)};
    }
}
