package org.casebook.query;

import org.casebook.kernel.EntityTag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A read answered with its {@link EntityTag}, or 304 when the client already holds that tag. */
public final class EntityTags {

    private EntityTags() {
    }

    public static <T> ResponseEntity<T> answer(T view, EntityTag tag, String ifNoneMatch) {
        if (tag.heldIn(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag.toString()).build();
        }
        return ResponseEntity.ok().eTag(tag.toString()).body(view);
    }
}
