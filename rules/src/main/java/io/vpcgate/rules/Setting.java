package io.vpcgate.rules;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;

/**
 * Whether a resource's configuration sets a field, for the "sets both A and B" checks. Null means
 * unset, in Terraform, everywhere; a value unknown before apply may still turn out null, so the
 * provider defers such checks until it is known (its ConflictsWith skips unknown values), and so
 * do we. "Configured", not merely present: a plan's values also hold what the provider computes.
 */
public enum Setting {
  SET, UNSET, UNKNOWN;

  public static Setting of(Resource resource, Field field, Attr<?> value) {
    if (!RuleContext.configured(resource, field).orElse(!value.isAbsent())) {
      return UNSET;
    }
    if (value instanceof Attr.Unknown<?>) {
      return UNKNOWN;
    }
    return value.isAbsent() ? UNSET : SET;
  }

  /** Why a check of this field cannot be made before apply, for "not evaluated". */
  public static String unknownReason(String attribute, Attr<?> value) {
    return attribute + " is not known before apply" + (value instanceof Attr.Unknown<?> u ? " (" + u.reason() + ")" : "")
        + ", and it may turn out null";
  }
}
