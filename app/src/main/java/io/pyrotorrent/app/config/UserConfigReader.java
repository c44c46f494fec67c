package io.pyrotorrent.app.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the optional {@code users} list; each user may only name targets that exist. */
final class UserConfigReader {

    private static final String EXPECTED_USERS =
            "a list of users, each with a name, passwordHash, targets and optionally admin";

    private UserConfigReader() {}

    static List<UserConfig> readAll(ConfigNode users, Set<String> targetNames) {
        if (!users.isPresent()) {
            return List.of();
        }
        List<UserConfig> read = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (ConfigNode entry : users.elements(EXPECTED_USERS)) {
            UserConfig user = read(entry, targetNames);
            Integer firstLine =
                    firstLines.putIfAbsent(user.name(), entry.get("name").line());
            if (firstLine != null) {
                throw entry.get("name")
                        .error("duplicate user name " + Quoted.of(user.name()) + ", first used at line " + firstLine
                                + "; expected each user named once");
            }
            read.add(user);
        }
        return read;
    }

    private static UserConfig read(ConfigNode entry, Set<String> targetNames) {
        entry.requireMapping("name", "passwordHash", "targets", "admin");
        String name = entry.required("name", UserConfig.EXPECTED_NAME)
                .convert(UserConfig.EXPECTED_NAME, UserConfig::requireName);
        ConfigNode hashNode = entry.required("passwordHash", "the hash of this user's password");
        String passwordHash = hashNode.text("the hash of this user's password, in quotes");
        if (passwordHash.isBlank()) {
            throw hashNode.error("is empty; expected the hash of this user's password");
        }
        String expectedTargets = "a list of target names (" + String.join(", ", targetNames) + ") or [\""
                + UserConfig.ALL_TARGETS + "\"]";
        ConfigNode targetsNode = entry.required("targets", expectedTargets);
        List<String> targets = new ArrayList<>();
        for (ConfigNode target : targetsNode.elements(expectedTargets)) {
            String targetName = target.text("a target name");
            if (!targetName.equals(UserConfig.ALL_TARGETS) && !targetNames.contains(targetName)) {
                throw target.error("unknown target " + Quoted.of(targetName) + "; expected one of "
                        + String.join(", ", targetNames) + " or \"" + UserConfig.ALL_TARGETS + "\"");
            }
            targets.add(targetName);
        }
        if (targets.isEmpty()) {
            throw targetsNode.error("is empty; expected " + expectedTargets);
        }
        boolean admin =
                entry.optional("admin").map(node -> node.bool("true or false")).orElse(false);
        return new UserConfig(name, passwordHash, targets, admin);
    }
}
