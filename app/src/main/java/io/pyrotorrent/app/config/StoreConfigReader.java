package io.pyrotorrent.app.config;

/** Reads the top-level {@code dataDir} and the {@code audit} section; both are optional. */
final class StoreConfigReader {

    private StoreConfigReader() {}

    static StoreConfig read(ConfigNode dataDir, ConfigNode audit) {
        var dir = dataDir.isPresent()
                ? dataDir.convert(StoreConfig.EXPECTED_DATA_DIR, StoreConfig::dataDir)
                : StoreConfig.DEFAULT_DATA_DIR;
        int keepDays = StoreConfig.DEFAULT_AUDIT_KEEP_DAYS;
        if (audit.isPresent()) {
            audit.requireMapping("keepDays");
            keepDays =
                    audit.optional("keepDays").map(StoreConfigReader::keepDays).orElse(keepDays);
        }
        return new StoreConfig(dir, keepDays);
    }

    private static int keepDays(ConfigNode node) {
        int days = node.integer(StoreConfig.EXPECTED_KEEP_DAYS);
        if (days < 1 || days > StoreConfig.MAX_AUDIT_KEEP_DAYS) {
            throw node.error("expected " + StoreConfig.EXPECTED_KEEP_DAYS + ", got " + days);
        }
        return days;
    }
}
