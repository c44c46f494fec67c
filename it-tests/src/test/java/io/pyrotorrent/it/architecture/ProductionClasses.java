package io.pyrotorrent.it.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports main code only. ArchUnit's own DoNotIncludeTests knows test-classes folders; the domain's
 * test-jar (the fake and the contract suite) arrives as a jar when a module is built alone.
 */
public final class ProductionClasses implements ImportOption {

    private final ImportOption testFolders = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return testFolders.includes(location) && !location.contains("-tests.jar");
    }
}
