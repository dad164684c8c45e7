package io.casework.application.port.out;

/** Makes new opaque ids such as {@code case_7f3k…}. */
public interface IdGenerator {
    String next(String prefix);
}
