package org.casebook.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.casebook.command.DateHorizon;

/**
 * A day within the {@link DateHorizon} (400 naming the field otherwise); with {@code afterToday}, also after
 * today. Null is left to @NotNull.
 */
@Documented
@Constraint(validatedBy = WithinHorizon.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinHorizon {

    String message() default "must be a day within the horizon";

    boolean afterToday() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which gives it the horizon. */
    class Validator implements ConstraintValidator<WithinHorizon, LocalDate> {

        private final DateHorizon horizon;
        private boolean afterToday;

        public Validator(DateHorizon horizon) {
            this.horizon = horizon;
        }

        @Override
        public void initialize(WithinHorizon constraint) {
            afterToday = constraint.afterToday();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            String refusal = value == null ? null : horizon.refusal(value, afterToday);
            if (refusal != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
            }
            return refusal == null;
        }
    }
}
