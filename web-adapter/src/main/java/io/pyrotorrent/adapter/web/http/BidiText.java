package io.pyrotorrent.adapter.web.http;

/**
 * Text from torrents, trackers and users set inside a sentence of ours, isolated the way Unicode
 * does it in plain text (U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE): a name
 * with a RIGHT-TO-LEFT OVERRIDE (U+202E) or in a right-to-left script cannot reorder the words and
 * names after it. Pages turn each isolated span into a {@code <bdi>} element.
 */
public final class BidiText {

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    private BidiText() {}

    /**
     * The text between FSI and PDI when it could change the direction of anything (a right-to-left
     * letter or number, or a bidi control); as it is otherwise, since text of only left-to-right and
     * neutral characters reads the same inside our left-to-right sentences either way. FSI and PDI
     * inside it would end the isolation early, so they are shown as U+FFFD.
     */
    public static String isolate(String text) {
        if (!needsIsolation(text)) {
            return text;
        }
        return FSI + text.replace(FSI, '\uFFFD').replace(PDI, '\uFFFD') + PDI;
    }

    static boolean needsIsolation(String text) {
        return text.chars().anyMatch(BidiText::directional);
    }

    private static boolean directional(int c) {
        return switch (Character.getDirectionality((char) c)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_ARABIC_NUMBER,
                    Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                    Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                    Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                    Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> false;
        };
    }
}
