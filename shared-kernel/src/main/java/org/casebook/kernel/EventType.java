package org.casebook.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stored name and revision of an event. The name never changes once events of it are stored; a change of
 * shape raises the revision and comes with an upcaster for the older revisions.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name();

    String revision();
}
