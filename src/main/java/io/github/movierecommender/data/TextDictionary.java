package io.github.movierecommender.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct texts 0, 1, 2… in order of first sight, found again through a hash table on
 * their characters, so that a text read as bytes needs no String of its own unless it is new.
 */
final class TextDictionary {

    private int[] slots = new int[1024];
    private int[] hashes = new int[256];
    private String[] texts = new String[256];
    /** The bytes of each text that is all ASCII, null for any other. */
    private byte[][] asciiBytes = new byte[256][];
    private int size;

    /** The number of {@code text}, given it now when it is new. */
    int numberOf(String text) {
        int hash = text.hashCode();
        int slot = home(hash, slots.length);
        for (int number = slots[slot] - 1; number >= 0; number = slots[slot] - 1) {
            if (hashes[number] == hash && texts[number].equals(text)) {
                return number;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return add(text, hash, slot);
    }

    /** As {@link #numberOf(String)} for the text written in {@code bytes} from {@code start} to {@code end}, all ASCII. */
    int numberOfAscii(byte[] bytes, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = home(hash, slots.length);
        for (int number = slots[slot] - 1; number >= 0; number = slots[slot] - 1) {
            if (hashes[number] == hash && sameBytes(asciiBytes[number], bytes, start, end)) {
                return number;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return add(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1), hash, slot);
    }

    /** Whether {@code ascii} holds the bytes from {@code start} to {@code end}; false when it is null. */
    private static boolean sameBytes(byte[] ascii, byte[] bytes, int start, int end) {
        if (ascii == null || ascii.length != end - start) {
            return false;
        }
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Numbers a text not seen before, kept in the free {@code slot}. */
    private int add(String text, int hash, int slot) {
        int number = size++;
        if (number == texts.length) {
            texts = Arrays.copyOf(texts, number * 2);
            hashes = Arrays.copyOf(hashes, number * 2);
            asciiBytes = Arrays.copyOf(asciiBytes, number * 2);
        }
        texts[number] = text;
        asciiBytes[number] = isAscii(text) ? text.getBytes(StandardCharsets.ISO_8859_1) : null;
        hashes[number] = hash;
        slots[slot] = number + 1;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return number;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int number = 0; number < size; number++) {
            int slot = home(hashes[number], capacity);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = number + 1;
        }
    }

    /** The first slot to try for a hash, its high bits mixed in. */
    private static int home(int hash, int capacity) {
        return (hash ^ (hash >>> 16)) & (capacity - 1);
    }

    int size() {
        return size;
    }

    String text(int number) {
        return texts[number];
    }

    /** The texts by number. */
    String[] texts() {
        return Arrays.copyOf(texts, size);
    }
}
