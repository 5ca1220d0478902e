package org.casebook.kernel.responder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that holds a person's personal data. Events keep such data in one field of such a type, so that it
 * can be encrypted with a key per person (and erased by destroying the key) without changing anything else, and
 * so that reports can leave it out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalData {
}
