package org.notegraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user name and password for a target (HTTP Basic or Digest, whichever the target asks for).
 * The password comes from a file, never from the command line, so it stays out of shell history
 * and process listings.
 */
public record Credentials(String user, String password) {
    @Override
    public String toString() { return "Credentials[" + user + "]"; }

    /** The first line of the file is the password (a trailing newline is not part of it). */
    public static Credentials fromFile(String user, Path passwordFile) {
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String pw = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
            return new Credentials(user, pw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile, e);
        }
    }
}
