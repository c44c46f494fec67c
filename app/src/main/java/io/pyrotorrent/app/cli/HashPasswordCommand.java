package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.security.PasswordHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "hash-password",
        description =
                "Read a password (without echo, or one line from stdin) and print its hash for users[].passwordHash")
final class HashPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        char[] password = System.console() != null ? System.console().readPassword("Password: ") : readLine();
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        try {
            spec.commandLine().getOut().println(PasswordHasher.hash(password));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] readLine() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
