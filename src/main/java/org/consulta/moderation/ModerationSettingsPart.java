package org.consulta.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.comment.PreModeration;
import org.consulta.kernel.StoredSettingsPart;
import org.consulta.kernel.Tenant;

import java.util.List;
import java.util.OptionalInt;

/** The moderation policy on the settings page, and what contributions ask of it. */
@ApplicationScoped
public class ModerationSettingsPart extends StoredSettingsPart<ModerationPolicy> implements PreModeration {

    public ModerationSettingsPart() {
        super(ModerationPolicy.class, "moderation", 10, ModerationPolicy::new);
    }

    @Override
    public List<?> choices() {
        return List.of(ModerationMode.values());
    }

    @Override
    public OptionalInt heldFirst(Tenant tenant) {
        ModerationPolicy policy = load(tenant);
        return policy.getModerationMode() == ModerationMode.PRE ? OptionalInt.of(policy.getHeldFirstContributions()) : OptionalInt.empty();
    }
}
