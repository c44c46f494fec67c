package io.pyrotorrent.domain.create;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.LongConsumer;

/**
 * The SHA-1 of every piece, files read one after the other as one stream (a piece may span
 * files). Reads are large and sequential so hashing keeps up with the disk; SHA-1 itself runs on
 * the JDK's intrinsic.
 */
final class PieceHasher {

    private static final int READ = 4 << 20;

    private PieceHasher() {}

    /** @param progress told each chunk of bytes as it is hashed */
    static byte[] hash(SourceFiles source, int pieceSize, LongConsumer progress) throws IOException {
        long total = source.totalBytes();
        int pieces = (int) ((total + pieceSize - 1) / pieceSize);
        byte[] out = new byte[pieces * 20];
        MessageDigest sha1 = sha1();
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ);
        long inPiece = 0;
        int piece = 0;
        for (SourceFiles.Entry entry : source.files()) {
            try (FileChannel channel = FileChannel.open(entry.file(), StandardOpenOption.READ)) {
                long left = entry.length();
                while (left > 0) {
                    buffer.clear();
                    buffer.limit((int) Math.min(buffer.capacity(), Math.min(left, pieceSize - inPiece)));
                    int read = channel.read(buffer);
                    if (read < 0) {
                        throw new IOException(entry.file().getFileName() + " got shorter while it was hashed");
                    }
                    buffer.flip();
                    sha1.update(buffer);
                    left -= read;
                    inPiece += read;
                    progress.accept(read);
                    if (inPiece == pieceSize) {
                        digestInto(sha1, out, piece++);
                        inPiece = 0;
                    }
                }
            }
        }
        if (inPiece > 0) {
            digestInto(sha1, out, piece);
        }
        return out;
    }

    private static void digestInto(MessageDigest sha1, byte[] out, int piece) {
        System.arraycopy(sha1.digest(), 0, out, piece * 20, 20);
    }

    static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
