package io.pyrotorrent.domain.model.listing;

/**
 * A name as a regular expression reads it, with a budget of character reads: a pattern that
 * backtracks without end ("(a+)+$" on a long name) stops with a clear refusal instead of holding a
 * server thread for minutes. Honest patterns read each character a few times; a million reads on a
 * name of at most a few hundred characters only runs out for catastrophic ones.
 */
final class BoundedText implements CharSequence {

    static final long BUDGET = 1_000_000;

    private final String text;
    private final long[] reads;

    BoundedText(String text) {
        this(text, new long[] {0});
    }

    private BoundedText(String text, long[] reads) {
        this.text = text;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > BUDGET) {
            throw new IllegalArgumentException("search is a regular expression too costly to run; simplify it");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
        return text;
    }
}
