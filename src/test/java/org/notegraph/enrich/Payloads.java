package org.notegraph.enrich;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers in each service's documented format, for made-up papers: an arXiv Atom feed, a Crossref
 * work message, an OpenAlex work, a DBLP search result, an OpenReview (API 2) notes list.
 */
final class Payloads {
    private Payloads() {}

    static String arxivFeed(String id, String title, List<String> authors, String published, String journalRef) {
        String people = authors.stream().map(a -> "    <author><name>" + a + "</name></author>\n").collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"
                      xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
                  <title type="html">ArXiv Query: id_list=%1$s</title>
                  <id>http://arxiv.org/api/made-up-feed-id</id>
                  <opensearch:totalResults>1</opensearch:totalResults>
                  <entry>
                    <id>http://arxiv.org/abs/%1$sv2</id>
                    <published>%3$s</published>
                    <title>%2$s</title>
                    <summary>An abstract nobody needs here.</summary>
                %4$s    %5$s
                    <link href="http://arxiv.org/abs/%1$sv2" rel="alternate" type="text/html"/>
                  </entry>
                </feed>
                """.formatted(id, title, published, people,
                journalRef == null ? "" : "<arxiv:journal_ref>" + journalRef + "</arxiv:journal_ref>");
    }

    static String arxivEmptyFeed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="html">ArXiv Query: nothing</title>
                  <id>http://arxiv.org/api/another-made-up-id</id>
                </feed>
                """;
    }

    /** Authors as "Given Family" pairs. */
    static String crossrefWork(String doi, String title, List<String> authors, String container, int year) {
        String people = authors.stream().map(a -> {
            int sp = a.lastIndexOf(' ');
            return "{\"given\": \"" + a.substring(0, sp) + "\", \"family\": \"" + a.substring(sp + 1) + "\", \"sequence\": \"additional\"}";
        }).collect(Collectors.joining(", "));
        return """
                {"status": "ok", "message-type": "work", "message-version": "1.0.0",
                 "message": {"DOI": "%s", "type": "journal-article", "title": ["%s"],
                   "author": [%s], "container-title": ["%s"],
                   "issued": {"date-parts": [[%d, 6, 2]]}, "publisher": "Nobody Press"}}
                """.formatted(doi, title, people, container, year);
    }

    static String openAlexWork(String title, List<String> authors, String source, int year) {
        String people = authors.stream().map(a -> "{\"author_position\": \"middle\", \"author\": {\"id\": \"https://openalex.org/A1\", \"display_name\": \""
                + a + "\"}}").collect(Collectors.joining(", "));
        return """
                {"id": "https://openalex.org/W123", "doi": null, "title": "%1$s", "display_name": "%1$s",
                 "publication_year": %4$d, "authorships": [%2$s],
                 "primary_location": {"is_oa": true, "source": {"id": "https://openalex.org/S1", "display_name": "%3$s"}}}
                """.formatted(title, people, source, year);
    }

    /** One DBLP hit: title (DBLP ends it with a full stop), authors, venue, year. */
    record Hit(String title, List<String> authors, String venue, int year) {}

    static String dblpResult(Hit... hits) {
        StringBuilder h = new StringBuilder();
        for (int i = 0; i < hits.length; i++) {
            Hit hit = hits[i];
            String authors = hit.authors().size() == 1
                    ? "{\"@pid\": \"00/1\", \"text\": \"" + hit.authors().get(0) + "\"}"
                    : "[" + hit.authors().stream().map(a -> "{\"@pid\": \"00/2\", \"text\": \"" + a + "\"}").collect(Collectors.joining(", ")) + "]";
            if (i > 0) h.append(", ");
            h.append("""
                    {"@score": "9", "@id": "%d", "info": {"authors": {"author": %s}, "title": "%s.",
                     "venue": "%s", "year": "%d", "type": "Conference and Workshop Papers", "key": "conf/x/%d"}}
                    """.formatted(i, authors, hit.title(), hit.venue(), hit.year(), i));
        }
        return """
                {"result": {"query": "made up", "status": {"@code": "200", "text": "OK"},
                  "hits": {"@total": "%d", "@computed": "%d", "@sent": "%d", "@first": "0", "hit": [%s]}}}
                """.formatted(hits.length, hits.length, hits.length, h);
    }

    static String openReviewNotes(String id, String title, List<String> authors, String venue) {
        String people = authors.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
        return """
                {"notes": [{"id": "%s", "forum": "%1$s", "cdate": 1664000000000,
                  "content": {"title": {"value": "%s"}, "authors": {"value": [%s]}, "venue": {"value": "%s"}}}],
                 "count": 1}
                """.formatted(id, title, people, venue);
    }
}
