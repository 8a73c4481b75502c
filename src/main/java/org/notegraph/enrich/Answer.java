package org.notegraph.enrich;

import java.time.Instant;

/** What one source answered for one paper: the work (null when it does not know it), from where and when. */
record Answer(String source, Work work, String url, Instant retrieved) {}
