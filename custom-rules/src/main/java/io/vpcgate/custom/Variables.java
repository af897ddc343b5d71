package io.vpcgate.custom;

import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.PartialVars;
import dev.cel.runtime.Program;
import java.util.Map;

/**
 * One subject's variables, as an expression is evaluated with them: with CEL's unknown tracking only when
 * one of them has an unknown field (tracking builds each attribute's full path to match it against the
 * unknowns' patterns, at every field read; with no pattern, nothing can match).
 */
final class Variables {
  private final Map<String, Object> values;
  private final PartialVars partial;

  Variables(Map<String, Object> values, CelAttributePattern[] unknowns) {
    this.values = values;
    this.partial = unknowns.length == 0 ? null : PartialVars.of(values, unknowns);
  }

  Object eval(Program program) throws CelEvaluationException {
    return partial == null ? program.eval(values) : program.eval(partial);
  }
}
