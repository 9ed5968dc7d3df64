package io.github.movierecommender.profile;

import io.github.movierecommender.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's name is its file name: ASCII letters, digits, spaces, '-' and '_' stay as they are,
 * every other byte of the UTF-8 name becomes %XX ("Amélie's" → {@code Am%C3%A9lie%27s.csv}), so
 * any name is a safe file name on every system, and the first letter of a Windows device name
 * (CON, NUL, COM1…) is encoded too. Names are compared without regard to case, since the file
 * systems of Windows and macOS do so.
 */
final class ProfileNames {

    static final String EXTENSION = ".csv";
    private static final int MAX_LENGTH = 60;
    private static final int MAX_FILE_NAME_BYTES = 200;
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2",
            "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5",
            "lpt6", "lpt7", "lpt8", "lpt9");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ProfileNames() {
    }

    /** The name as it is kept (trimmed, in composed Unicode form), or why it cannot be a profile's name. */
    static String check(String name) throws ProfileException {
        String kept = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFC);
        if (kept.isEmpty()) {
            throw new ProfileException(Problem.of(ProfileProblem.NO_NAME));
        }
        if (kept.chars().anyMatch(Character::isISOControl)) {
            throw new ProfileException(Problem.of(ProfileProblem.CONTROL_CHARACTERS));
        }
        if (kept.codePointCount(0, kept.length()) > MAX_LENGTH || fileName(kept).length() > MAX_FILE_NAME_BYTES) {
            throw new ProfileException(Problem.of(ProfileProblem.NAME_TOO_LONG, kept, MAX_LENGTH));
        }
        return kept;
    }

    /** The key two names that the file system may take for the same are equal under. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String fileName(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean device = i == 0 && WINDOWS_DEVICES.contains(key(name));
            if (!device && isKept(b)) {
                file.append((char) b);
            } else {
                file.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return file.append(EXTENSION).toString();
    }

    /** The profile name a file name stands for, if it is one that {@link #fileName} writes. */
    static Optional<String> nameOf(String fileName) {
        if (!fileName.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - EXTENSION.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c == '%' && i + 2 < stem.length() && hex(stem.charAt(i + 1)) >= 0 && hex(stem.charAt(i + 2)) >= 0) {
                bytes.write(hex(stem.charAt(i + 1)) * 16 + hex(stem.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80 && isKept(c)) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            String name = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            boolean asChecked = !name.isBlank() && name.equals(name.strip())
                    && Normalizer.isNormalized(name, Normalizer.Form.NFC);
            return asChecked && fileName(name).equals(fileName) ? Optional.of(name) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isKept(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == ' ' || b == '-'
                || b == '_';
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
