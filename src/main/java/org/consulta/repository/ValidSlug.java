package org.consulta.repository;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A repository slug as {@link SlugRules} defines it; the message is translated in {@code ValidationMessages}. */
@Constraint(validatedBy = ValidSlug.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ValidSlug {

    String message() default "{org.consulta.repository.ValidSlug.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSlug, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SlugRules.isValid(value);
        }
    }
}
