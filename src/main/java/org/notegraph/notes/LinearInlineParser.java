package org.notegraph.notes;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without its quadratic step. flexmark reads each regex match through
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph, once per link, space
 * run or emphasis: a 1 MB paragraph with 17,000 links took minutes to parse. Here a match is read from
 * the matcher itself; what is matched, and so the AST, is the same.
 */
final class LinearInlineParser extends InlineParserImpl {
    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) return null;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** Finds the pattern from the current index, moving the index past the match (as flexmark does). */
    private Matcher find(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }
}
