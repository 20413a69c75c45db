package org.consulta.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineTranslatable;

import java.time.Instant;

/**
 * The texts of every {@link MachineTranslatable} entity: its {@code LocalizedText} fields, read and
 * replaced through the entity itself under its row lock, so that a person's concurrent edit wins.
 */
@ApplicationScoped
public class FieldTexts implements MachineTextStore {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public boolean keeps(String entityName) {
        return type(entityName) != null;
    }

    @Override
    public Item load(String entityName, long id) {
        MachineTranslatable item = find(entityName, id, false);
        return item == null ? null : new Item(item.machineKind(), item.isMachinePublic(), item.machineTexts());
    }

    @Override
    public boolean storeMachine(String entityName, long id, String key, String language, String source, String text) {
        MachineTranslatable item = find(entityName, id, true);
        LocalizedText before = item == null ? null : item.machineTexts().get(key);
        if (before == null) {
            return false;
        }
        LocalizedText after = before.withMachine(language, source, text);
        if (after.equals(before)) {
            return false;
        }
        item.replaceMachineText(key, after);
        return true;
    }

    @Override
    public void review(String entityName, long id, String key, String language, String text, long reviewer, Instant at) {
        MachineTranslatable item = find(entityName, id, true);
        if (item != null && item.machineTexts().containsKey(key)) {
            item.replaceMachineText(key, item.machineTexts().get(key).reviewed(language, text, reviewer, at));
        }
    }

    @Override
    public void reject(String entityName, long id, String key, String language) {
        MachineTranslatable item = find(entityName, id, true);
        if (item != null && item.machineTexts().containsKey(key)) {
            item.replaceMachineText(key, item.machineTexts().get(key).without(language));
        }
    }

    private MachineTranslatable find(String entityName, long id, boolean lock) {
        EntityType<?> type = type(entityName);
        Object found = type == null ? null
                : lock ? em.find(type.getJavaType(), id, LockModeType.PESSIMISTIC_WRITE) : em.find(type.getJavaType(), id);
        return found instanceof MachineTranslatable item ? item : null;
    }

    private EntityType<?> type(String entityName) {
        return em.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(entityName)
                && MachineTranslatable.class.isAssignableFrom(e.getJavaType())).findFirst().orElse(null);
    }
}
