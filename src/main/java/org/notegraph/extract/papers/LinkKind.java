package org.notegraph.extract.papers;

/** What a link points at, as far as paper extraction is concerned. */
public enum LinkKind { PAPER, CODE, DATASET, IMAGE, NOT_PAPER, UNKNOWN }
