package org.notegraph.identity;

import java.util.Map;

/** Where wikilinks and front-matter values point: papers by title key, one-paper notes by file name or title. */
record LinkTargets(Map<String, String> paperByTitle, Map<String, String> paperByNoteName) {}
