package org.notegraph.extract.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.papers.fields.NameList;
import org.notegraph.extract.papers.fields.PersonNames;
import org.notegraph.extract.papers.fields.TitleText;

/**
 * The title (and authors) a record's lead text states before its link, or on a line without one:
 * an emphasised or quoted title ("[NeurIPS 2017] Nickname - **Title** [pdf]"), or the text left when
 * tags, a date and a leading author list are taken off ("2022 - A. One, B. Two. Title - [pdf]",
 * "17/05/24, Surname: Title. Comment").
 */
final class LeadTitles {
    /** A title read from lead text: {@code start}/{@code end} are offsets in the lead; authors may be null. */
    record Lead(String title, int start, int end, NameList authors) {}

    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*\\*([^*\\n]{3,400}?)\\*\\*|__([^_\\n]{3,400}?)__|(?<![\\p{L}\\p{N}*])\\*([^*\\n]{3,400}?)\\*(?![\\p{L}\\p{N}*])"
                    + "|\"([^\"\\n]{3,400}?)\"|“([^”\\n]{3,400}?)”");
    private static final Pattern LEADING_TAG = Pattern.compile(
            "^\\s*(?:\\[[^\\[\\]]{1,60}]|\\([^()]{1,60}\\)|（[^（）]{1,60}）|【[^【】]{1,40}】)\\s*[-–—:|]?\\s*");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*(?:\\d{1,4}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{1,4})?|(?:19|20)\\d{2})\\s*[,:\\-–—]?\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\p{N})?!])[.!?]\\s+(?=\\p{Lu})");
    private static final Pattern TRAILING_JOINER = Pattern.compile("[\\s\\-–—:|,;(\\[]+$");

    private final PersonNames names = PersonNames.defaults();
    private final TitleText titles = TitleText.defaults();

    /** The title the lead states, if it reads as one with at least {@code minWords} words. */
    Optional<Lead> read(String lead, int minWords) {
        return read(lead, minWords, true);
    }

    /**
     * As {@link #read(String, int)}; with {@code commentAfter} false the lead must be the title alone
     * (a title right before its link), so a sentence of comment is never taken for one.
     */
    Optional<Lead> read(String lead, int minWords, boolean commentAfter) {
        if (lead == null || lead.isBlank()) return Optional.empty();
        Optional<Lead> emphasised = emphasised(lead, minWords);
        if (emphasised.isPresent()) return emphasised;
        int pos = 0;
        boolean dated = false;
        while (true) {
            Matcher tag = LEADING_TAG.matcher(lead).region(pos, lead.length());
            Matcher date = LEADING_DATE.matcher(lead).region(pos, lead.length());
            if (tag.lookingAt() && tag.end() > pos) pos = tag.end();
            else if (date.lookingAt() && date.end() > pos) { pos = date.end(); dated = true; }
            else break;
        }
        String rest = lead.substring(pos);
        NameList authors = null;
        Optional<NameList> leading = names.leading(rest, false);
        if (leading.isEmpty() && dated) {
            Matcher colon = Pattern.compile("^([^:：]{1,60})[:：]\\s+").matcher(rest);
            if (colon.lookingAt()) leading = datedNames(colon.group(1)).map(n -> new NameList(n, 0, colon.end(), true));
        }
        if (leading.isPresent()) {
            int after = skipSeparators(rest, leading.get().end());
            if (after < rest.length()) {
                authors = leading.get();
                pos += after;
                rest = lead.substring(pos);
            }
        }
        int end = lead.length();
        Matcher stop = SENTENCE_END.matcher(rest);
        if (stop.find() && stop.start() > 0) {
            if (!commentAfter) return Optional.empty();
            end = pos + stop.start();
        }
        String raw = TRAILING_JOINER.matcher(lead.substring(pos, end)).replaceFirst("");
        String title = titles.clean(raw);
        if (!isTitle(title, minWords)) return Optional.empty();
        return Optional.of(new Lead(title, pos, pos + raw.length(), authors));
    }

    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2}");

    /**
     * "Surname:" or "F Surname/Surname:" after a date: the names of a dated digest line, where one
     * surname, an initial without its period or names joined by "/" are the usual forms.
     */
    private Optional<List<String>> datedNames(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\s*(?:/|,|;|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (!SHORT_NAME.matcher(p).matches() || names.isStopWord(p)) return Optional.empty();
            out.add(p);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private Optional<Lead> emphasised(String lead, int minWords) {
        Matcher m = EMPHASIS.matcher(lead);
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) g++;
            String title = titles.clean(m.group(g));
            if (title.endsWith(":") || !isTitle(title, Math.max(2, minWords))) continue;
            return Optional.of(new Lead(title, m.start(), m.end(), null));
        }
        return Optional.empty();
    }

    private static int skipSeparators(String s, int from) {
        int i = from;
        while (i < s.length() && " .,:;-–—|".indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean isTitle(String title, int minWords) {
        return !title.endsWith(":") && title.indexOf('[') < 0 && title.indexOf(']') < 0
                && TitleRules.looksLikeTitle(title, minWords);
    }
}
