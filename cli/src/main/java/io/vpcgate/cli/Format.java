package io.vpcgate.cli;

/** Report formats. */
enum Format { text, json, sarif, junit, markdown, github }
