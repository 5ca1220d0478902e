package org.casebook.query.history;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;

import org.casebook.query.RecordedEntry;
import org.casebook.query.board.BoardFold;
import org.casebook.query.board.BoardRow;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileFold;

/** A view that the history store checkpoints: its name, its state type and its fold. */
record FoldedView<T>(String name, Class<T> type, BiFunction<T, RecordedEntry, T> fold) {

    static final FoldedView<CaseFile> CASE_FILE = new FoldedView<>("caseFile", CaseFile.class, CaseFileFold::apply);
    static final FoldedView<BoardRow> BOARD = new FoldedView<>("board", BoardRow.class, BoardFold::apply);
    static final List<FoldedView<?>> ALL = List.of(CASE_FILE, BOARD);

    /**
     * Changes when the shape of a checkpointed view changes, so that checkpoints of an older shape are not used.
     * (A change in what a fold computes, with the same shape, needs the history rebuilt.)
     */
    static String fingerprint() {
        return FINGERPRINT;
    }

    private static final String FINGERPRINT = computeFingerprint();

    private static String computeFingerprint() {
        StringBuilder shapes = new StringBuilder();
        for (FoldedView<?> view : ALL) {
            shapes.append(view.name()).append('=');
            describe(view.type(), shapes, 0);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shapes.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void describe(Type type, StringBuilder shapes, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), shapes, depth);
            for (Type argument : parameterized.getActualTypeArguments()) {
                shapes.append('<');
                describe(argument, shapes, depth);
                shapes.append('>');
            }
            return;
        }
        Class<?> raw = (Class<?>) type;
        shapes.append(raw.getName());
        if (raw.isRecord() && depth < 8) {
            shapes.append('(');
            for (RecordComponent component : raw.getRecordComponents()) {
                shapes.append(component.getName()).append(':');
                describe(component.getGenericType(), shapes, depth + 1);
                shapes.append(',');
            }
            shapes.append(')');
        }
    }
}
