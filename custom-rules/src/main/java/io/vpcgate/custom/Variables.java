package io.vpcgate.custom;

import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelVariableResolver;
import dev.cel.runtime.PartialVars;
import dev.cel.runtime.Program;
import java.util.Map;
import java.util.Optional;

/**
 * One subject's variables, as an expression is evaluated with them: read in place by name (CEL would copy
 * a map of them into an activation of its own at every evaluation), with CEL's unknown tracking only when
 * one of them has an unknown field (tracking builds each attribute's full path to match it against the
 * unknowns' patterns, at every field read; with no pattern, nothing can match).
 */
final class Variables implements CelVariableResolver {
  private final Map<String, Object> values;
  private final PartialVars partial;

  Variables(Map<String, Object> values, CelAttributePattern[] unknowns) {
    this.values = values;
    this.partial = unknowns.length == 0 ? null : PartialVars.of(this, unknowns);
  }

  @Override
  public Optional<Object> find(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Object eval(Program program) throws CelEvaluationException {
    return partial == null ? program.eval(this) : program.eval(partial);
  }
}
