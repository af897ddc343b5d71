package io.vpcgate.report;

import io.vpcgate.engine.Report;

/** Renders a report. Pure: the same report always gives the same text. */
public interface Reporter {
  String render(Report report);
}
