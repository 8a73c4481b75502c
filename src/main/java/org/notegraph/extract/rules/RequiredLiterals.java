package org.notegraph.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal strings of which every match of a cue's regular expression must contain one, in
 * ASCII lower case: {@code \bextensions?\s+(?:of|to)\b} needs "extension", {@code \b(?:via|using)\b}
 * needs "via" or "using". A text holding none of them cannot match, so {@link CueIndex} runs only
 * the cues whose literals it saw. The analysis is conservative: a construct it does not know
 * (back-references, Unicode case folding, comments mode, octal or hex escapes…) gives no
 * literals, and such a cue is always run.
 */
public final class RequiredLiterals {
    /** Sets of alternatives are kept up to this size; longer products give up being exact. */
    private static final int MAX_ALTERNATIVES = 64;
    private static final int MAX_LITERAL = 40;
    private static final int UNSAFE_FLAGS = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL
            | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;

    private final String re;
    private int pos;

    private RequiredLiterals(String re) { this.re = re; }

    /** The literals one of which any match of the pattern contains; empty when there are none to rely on. */
    public static Optional<Set<String>> of(Pattern pattern) {
        if ((pattern.flags() & UNSAFE_FLAGS) != 0) return Optional.empty();
        return of(pattern.pattern());
    }

    /** As {@link #of(Pattern)}, for the source of a pattern compiled without unsafe flags. */
    public static Optional<Set<String>> of(String regex) {
        try {
            RequiredLiterals p = new RequiredLiterals(regex);
            Info info = p.alternation();
            if (p.pos != regex.length()) return Optional.empty();
            return Optional.ofNullable(info.requirement()).map(Set::copyOf);
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** ASCII lower case, the folding a CASE_INSENSITIVE pattern without UNICODE_CASE applies. */
    public static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * What is known of a part of a pattern: every string it can match ({@code exact}, null when
     * unknown or too many), and a set one of which the text must hold when it matches ({@code must},
     * null when none).
     */
    private record Info(Set<String> exact, Set<String> must) {
        static final Info EMPTY = new Info(Set.of(""), null);
        static final Info UNKNOWN = new Info(null, null);

        Set<String> requirement() {
            return better(must, usable(exact));
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() { super(null, null, false, false); }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) return branches.get(0);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> must = new LinkedHashSet<>();
        for (Info b : branches) {
            if (exact != null) {
                if (b.exact() == null) exact = null; else exact.addAll(b.exact());
            }
            if (must != null) {
                Set<String> r = b.requirement();
                if (r == null) must = null; else must.addAll(r);
            }
        }
        return new Info(bounded(exact), must);
    }

    private Info sequence() {
        Set<String> exact = Set.of("");
        Set<String> run = Set.of("");
        Set<String> best = null;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info item = quantified();
            best = better(best, item.requirement());
            exact = product(exact, item.exact());
            Set<String> longer = product(run, item.exact());
            if (longer == null) {
                best = better(best, usable(run));
                run = item.exact() == null ? Set.of("") : item.exact();
            } else {
                run = longer;
            }
        }
        return new Info(exact, better(best, usable(run)));
    }

    private Info quantified() {
        Info atom = atom();
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '*') { min = 0; max = Integer.MAX_VALUE; pos++; }
        else if (c == '+') { min = 1; max = Integer.MAX_VALUE; pos++; }
        else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) throw new Unsupported();
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            if (bounds.length > 2 || !bounds[0].matches("\\d{1,4}")) throw new Unsupported();
            min = Integer.parseInt(bounds[0]);
            if (bounds.length == 1) max = min;
            else if (bounds[1].isEmpty()) max = Integer.MAX_VALUE;
            else if (bounds[1].matches("\\d{1,4}")) max = Integer.parseInt(bounds[1]);
            else throw new Unsupported();
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
        if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) throw new Unsupported();
        Set<String> exact = atom.exact() != null && max <= 3 ? new LinkedHashSet<>() : null;
        Set<String> power = Set.of("");
        for (int n = 0; exact != null && n <= max; n++) {
            if (n >= min) exact.addAll(power);
            if (n < max) power = product(power, atom.exact());
            if (power == null) exact = null;
        }
        Set<String> must = min >= 1 ? atom.requirement() : null;
        return new Info(bounded(exact), must);
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(': return group();
            case '[': return charClass();
            case '\\': return escape();
            case '.': return Info.UNKNOWN;
            case '^', '$': return Info.EMPTY;
            case '*', '+', '?', '{': throw new Unsupported();
            default: return literal(c);
        }
    }

    private Info group() {
        if (re.startsWith("?", pos)) {
            pos++;
            if (re.startsWith(":", pos)) { pos++; return closed(alternation()); }
            if (re.startsWith("=", pos)) { pos++; return new Info(Set.of(""), closed(alternation()).requirement()); }
            if (re.startsWith("!", pos) || re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
                pos += re.charAt(pos) == '!' ? 1 : 2;
                closed(alternation());
                return Info.EMPTY;
            }
            if (re.startsWith("<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0 || !re.substring(pos + 1, close).matches("[A-Za-z][A-Za-z0-9]*")) throw new Unsupported();
                pos = close + 1;
                return closed(alternation());
            }
            int end = pos;
            while (end < re.length() && "imsd-".indexOf(re.charAt(end)) >= 0) end++;
            if (end >= re.length()) throw new Unsupported();
            char after = re.charAt(end);
            pos = end + 1;
            if (after == ')') return Info.EMPTY;
            if (after == ':') return closed(alternation());
            throw new Unsupported();
        }
        return closed(alternation());
    }

    private Info closed(Info inner) {
        if (pos >= re.length() || re.charAt(pos) != ')') throw new Unsupported();
        pos++;
        return inner;
    }

    private Info escape() {
        if (pos >= re.length()) throw new Unsupported();
        char c = re.charAt(pos++);
        switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G': return Info.EMPTY;
            case 's', 'S', 'w', 'W', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X': return Info.UNKNOWN;
            case 't': return literal('\t');
            case 'n': return literal('\n');
            case 'r': return literal('\r');
            case 'f': return literal('\f');
            case 'p', 'P': {
                if (pos < re.length() && re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) throw new Unsupported();
                    pos = close + 1;
                } else {
                    pos++;
                }
                return Info.UNKNOWN;
            }
            case 'Q': {
                int end = re.indexOf("\\E", pos);
                String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) throw new Unsupported();
                StringBuilder folded = new StringBuilder();
                for (int i = 0; i < quoted.length(); i++) folded.append(fold(quoted.charAt(i)));
                return new Info(Set.of(folded.toString()), null);
            }
            default:
                if (Character.isLetterOrDigit(c)) throw new Unsupported();
                return literal(c);
        }
    }

    /** A bracketed class: exact when it lists a few single characters, otherwise any one character. */
    private Info charClass() {
        Set<String> chars = new LinkedHashSet<>();
        boolean exact = true;
        if (re.startsWith("^", pos)) { exact = false; pos++; }
        if (re.startsWith("]", pos)) throw new Unsupported();
        int depth = 1;
        int first = pos;
        while (depth > 0) {
            if (pos >= re.length()) throw new Unsupported();
            char c = re.charAt(pos++);
            if (c == '\\') {
                if (pos >= re.length()) throw new Unsupported();
                char e = re.charAt(pos++);
                if (e == 'Q') throw new Unsupported();
                if (Character.isLetterOrDigit(e)) {
                    if (e == 't' || e == 'n' || e == 'r' || e == 'f') chars.add(String.valueOf(fold(switch (e) {
                        case 't' -> '\t'; case 'n' -> '\n'; case 'r' -> '\r'; default -> '\f'; })));
                    else exact = false;
                } else {
                    chars.add(String.valueOf(fold(e)));
                }
            } else if (c == '[') {
                depth++;
                exact = false;
            } else if (c == ']') {
                depth--;
            } else if (c == '&' && re.startsWith("&", pos)) {
                exact = false;
            } else if (c == '-' && pos - 1 != first && !re.startsWith("]", pos)) {
                exact = false;
            } else if (Character.isSurrogate(c)) {
                exact = false;
            } else {
                chars.add(String.valueOf(fold(c)));
            }
        }
        return exact && !chars.isEmpty() && chars.size() <= 8 ? new Info(chars, null) : Info.UNKNOWN;
    }

    private static Info literal(char c) {
        if (Character.isSurrogate(c)) return Info.UNKNOWN;
        return new Info(Set.of(String.valueOf(fold(c))), null);
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_ALTERNATIVES) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                if (x.length() + y.length() > MAX_LITERAL) return null;
                out.add(x + y);
            }
        }
        return out;
    }

    private static Set<String> bounded(Set<String> s) {
        return s == null || s.size() > MAX_ALTERNATIVES ? null : s;
    }

    /** A set that can serve as a requirement: not empty, and no empty string in it. */
    private static Set<String> usable(Set<String> s) {
        return s == null || s.isEmpty() || s.contains("") ? null : s;
    }

    /** The more selective of two requirements: the one whose shortest literal is longer. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        int la = shortest(a);
        int lb = shortest(b);
        if (la != lb) return la > lb ? a : b;
        return a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> s) {
        int min = Integer.MAX_VALUE;
        for (String x : s) min = Math.min(min, x.length());
        return min;
    }
}
