package io.pyrotorrent.it.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator: the whole of the fuzz's randomness, in a few combinators. The same random
 * state gives the same value, so a run is repeated by its seed. Our own, not a property-based
 * library: jqwik's author asks AI agents not to use it, and the fuzz needs nothing a page of
 * code cannot do (no shrinking: a failure prints the whole request instead).
 */
@FunctionalInterface
interface Gen<T> {

    T next(SplittableRandom random);

    /** One of {@code gens}, chosen with the odds of {@code weight} to the sum of all weights. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of {@code values}, each as likely. */
    static <T> Gen<T> oneOf(List<T> values) {
        var copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return oneOf(List.of(values));
    }

    /** The value of one of {@code gens}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> either(Gen<? extends T>... gens) {
        var all = List.of(gens);
        return random -> all.get(random.nextInt(all.size())).next(random);
    }

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        var all = List.of(choices);
        int total = all.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<? extends T> choice : all) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    /** An int in [min, max]. */
    static Gen<Integer> integers(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    static Gen<Long> longs() {
        return SplittableRandom::nextLong;
    }

    static Gen<byte[]> bytes(int maxSize) {
        return random -> {
            var bytes = new byte[random.nextInt(maxSize + 1)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /** Characters in [from, to] (no surrogates: a lone half is {@link FuzzValues}'s job, on purpose). */
    static Gen<Character> chars(char from, char to) {
        return random -> {
            char c;
            do {
                c = (char) random.nextInt(from, to + 1);
            } while (Character.isSurrogate(c));
            return c;
        };
    }

    /** Any character of the Basic Multilingual Plane, with ASCII (where parsers look) half the time. */
    static Gen<Character> anyChar() {
        return either(chars('\u0000', '\u007f'), chars('\u0000', '\uffff'));
    }

    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return random -> {
            var text = new StringBuilder();
            for (int n = random.nextInt(minLength, maxLength + 1); n > 0; n--) {
                text.append(chars.next(random).charValue());
            }
            return text.toString();
        };
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** Between none and {@code maxSize} values of this generator. */
    default Gen<List<T>> list(int maxSize) {
        return random -> {
            var values = new ArrayList<T>();
            for (int n = random.nextInt(maxSize + 1); n > 0; n--) {
                values.add(next(random));
            }
            return values;
        };
    }
}
