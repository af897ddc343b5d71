package io.vpcgate.input.plan;

import io.vpcgate.input.state.TerraformState;
import io.vpcgate.input.terraform.TerraformConfig;
import java.util.Optional;

/**
 * A {@code terraform show -json} plan: its resources as they are after apply, and the state it was
 * made against ({@code prior_state}, absent on a first apply): what the last apply made true, as
 * far as the plan knows it.
 */
public record ReadPlan(TerraformConfig config, Optional<TerraformState> priorState) {}
