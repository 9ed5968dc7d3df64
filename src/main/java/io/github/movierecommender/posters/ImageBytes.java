package io.github.movierecommender.posters;

/** Recognises the picture formats the app can show by their first bytes: JPEG, PNG and GIF. */
final class ImageBytes {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};

    private ImageBytes() {
    }

    static boolean isPicture(byte[] bytes) {
        return startsWith(bytes, JPEG) || startsWith(bytes, PNG) || startsWith(bytes, GIF);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
