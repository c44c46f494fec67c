package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Asks one question of several targets at once, answers in target order: a page that shows every
 * instance costs the slowest one, not the sum. Each client enforces its own timeout, so a stalled
 * instance holds the answer no longer than that; the question must turn failures into answers.
 */
final class EveryTarget {

    private EveryTarget() {}

    static <T> List<T> ask(List<TargetName> targets, Executor executor, Function<TargetName, T> question) {
        List<CompletableFuture<T>> answers = targets.stream()
                .map(target -> CompletableFuture.supplyAsync(() -> question.apply(target), executor))
                .toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }
}
