package io.casework.adapters.notify.template;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeUtility;

/**
 * Header text as data. javax.mail leaves ASCII text as it is, so a name that holds an RFC 2047 encoded-word
 * ({@code =?UTF-8?B?...?=}) would reach a header as one, and mail clients would decode it into other text, or
 * another address. Text that holds {@code =?} is therefore encoded whole, itself, as UTF-8 encoded-words: decoded,
 * it is the text as given. Other text is left to javax.mail (plain ASCII as is, anything else encoded).
 */
final class EncodedWords {
    private static final String CHARSET = "UTF-8";
    /** An encoded-word is at most 75 characters: 12 of markers and 60 of base64 for 45 bytes. */
    private static final int BYTES_PER_WORD = 45;

    private EncodedWords() {
    }

    private static boolean needed(String text) {
        return text.contains("=?");
    }

    /** The value of the header named {@code name} (for folding) holding {@code text}. */
    static String header(String name, String text) {
        try {
            String encoded = needed(text) ? encode(text) : MimeUtility.encodeText(text, CHARSET, null);
            return MimeUtility.fold(name.length() + 2, encoded);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(CHARSET + " is always supported", e);
        }
    }

    /** {@code address} under the personal name {@code name} (null: none), whatever the name holds. */
    static InternetAddress address(String address, String name) {
        if (name == null || !needed(name)) {
            try {
                return new InternetAddress(address, name, CHARSET);
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(CHARSET + " is always supported", e);
            }
        }
        return new EncodedNameAddress(address, name);
    }

    /** UTF-8 "B" encoded-words, split between code points, separated by spaces (which decoders drop). */
    private static String encode(String text) {
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int bytes = 0;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > BYTES_PER_WORD) {
                    break;
                }
                bytes += size;
                i += Character.charCount(codePoint);
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(text.substring(start, i).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
        }
        return words.toString();
    }

    /** javax.mail writes a personal name as given when it is ASCII; this one is always written encoded. */
    private static final class EncodedNameAddress extends InternetAddress {
        private static final long serialVersionUID = 1L;

        EncodedNameAddress(String address, String name) {
            this.address = address;
            this.personal = name;
            this.encodedPersonal = encode(name);
        }
    }
}
