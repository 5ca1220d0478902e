package org.casebook.query.reporting.files;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportLayout;

/**
 * A report as a PDF: a title page (what, which period, which edition, the record it was built from and when that
 * record stood so), one section per table, page numbers, and the position and hash on the last page. Its dates
 * and its file id come from the report, never from the clock, so building it again gives the same bytes.
 */
public final class ReportPdf {

    /** The font embedded from layout 2 on: one that OpenPDF ships, with Latin, Greek and Cyrillic letters. */
    private static final String EMBEDDED = "font-fallback/LiberationSans-Regular.ttf";
    /**
     * The tag of the embedded subset: PDF wants six capital letters, which OpenPDF draws at random, and a random
     * tag would give other bytes each time.
     */
    private static final String SUBSET_TAG = "CASEBK";
    private static final Color SHADE = new Color(0xE4, 0xE8, 0xEE);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Font titleFont;
    private final Font headingFont;
    private final Font bodyFont;
    private final Font cellFont;
    private final Font headCellFont;
    private final Font smallFont;
    private final ReportLayout layout;
    /** From layout 4 on: the pages of the first pass, for "Page N of M" and the contents of the second. */
    private final Pages pages;
    private boolean pastTitle;

    /**
     * Layout 1 writes Helvetica, which PDF readers have and files do not embed; but a letter Helvetica lacks (Ł,
     * Cyrillic) makes OpenPDF embed a fallback font under a random tag, so such a file was never the same twice.
     * From layout 2 on, every text is in an embedded font whose subset tag is fixed.
     */
    private ReportPdf(ReportLayout layout, Pages pages) {
        this.layout = layout;
        this.pages = pages;
        BaseFont base = layout.embeddedFont() ? embedded() : null;
        titleFont = font(base, 22, Font.BOLD);
        headingFont = font(base, 13, Font.BOLD);
        bodyFont = font(base, 10, Font.NORMAL);
        cellFont = font(base, 8, Font.NORMAL);
        headCellFont = font(base, 8, Font.BOLD);
        smallFont = font(base, 8, Font.NORMAL);
    }

    private static Font font(BaseFont base, float size, int style) {
        return base == null ? new Font(Font.HELVETICA, size, style) : new Font(base, size, style);
    }

    private static BaseFont embedded() {
        try {
            BaseFont font = BaseFont.createFont(EMBEDDED, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
            font.setSecureRandom(new SecureRandom() {
                private int next;

                @Override
                public double nextDouble() { // what createSubsetPrefix asks, one letter at a time
                    return (SUBSET_TAG.charAt(next++ % SUBSET_TAG.length()) - 'A' + 0.5) / 26;
                }
            });
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report font " + EMBEDDED + " could not be read", e);
        }
    }

    /** {@code stoodAt}: when the commit at the report's position was recorded. */
    public static byte[] render(Report report, Instant stoodAt, ReportLayout layout) {
        if (!layout.readable()) {
            return new ReportPdf(layout, null).render(report, stoodAt);
        }
        // A first pass learns how many pages there are and where the sections fall. A short report follows its
        // title with its sections; a long one has its title page to itself, with the contents, so listing them
        // moves no page of the pass that prints it.
        Pages flowing = new Pages(false, new java.util.LinkedHashMap<>(), new int[1]);
        new ReportPdf(layout, flowing).render(report, stoodAt);
        Pages laidOut = flowing;
        if (flowing.total()[0] > CONTENTS_FROM_PAGES) {
            laidOut = new Pages(true, new java.util.LinkedHashMap<>(), new int[1]);
            new ReportPdf(layout, laidOut).render(report, stoodAt);
        }
        return new ReportPdf(layout, laidOut).render(report, stoodAt);
    }

    /**
     * Where each section begins, and how many pages there are ({@code total[0]}), as a pass found them; whether
     * the title page stands alone, with the contents.
     */
    private record Pages(boolean contents, java.util.Map<String, Integer> sections, int[] total) {
    }

    /** A report longer than this many pages lists its sections on its title page. */
    private static final int CONTENTS_FROM_PAGES = 2;

    private byte[] render(Report report, Instant stoodAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 42, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(layout.readable() ? new Margins(report) : new PageNumbers());
            document.addTitle(report.heading());
            document.addSubject(layout.readable() ? report.audience() : "Report to the congressional committees");
            document.addCreator("Casebook");
            document.open();
            fixed(writer, report, stoodAt);
            titlePage(document, report, stoodAt);
            if (layout.readable()) {
                contents(document, report);
            }
            for (Report.Table table : report.tables()) {
                if (!table.name().equals("report")) {
                    startSection(writer, document, Readable.section(table.name()));
                    section(document, table, layout.readable() && report.report() != ReportType.ACTIVITY
                            ? "None recorded." : "None in this period."); // only an activity report has a period
                }
            }
            startSection(writer, document, RECORD);
            document.add(new Paragraph(RECORD, headingFont));
            document.add(new Paragraph("Journal position: " + report.builtFrom().position(), bodyFont));
            document.add(new Paragraph("Commit hash (SHA-256): " + report.builtFrom().hash(), bodyFont));
            document.add(new Paragraph("An auditor checks these against the journal's hash chain "
                    + "(GET /api/journal/verify, ./casebook verify).", smallFont));
            if (pages != null) {
                pages.total()[0] = writer.getPageNumber(); // the last page's: closing counts one more
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out as a PDF", e);
        }
        return bytes.toByteArray();
    }

    /** Dates and file id from the report: the same report gives the same file. */
    private static void fixed(PdfWriter writer, Report report, Instant stoodAt) {
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis((stoodAt == null ? Instant.EPOCH : stoodAt).toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(report.builtFrom().hash()), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static final String RECORD = "Record this report was built from";
    /** Room a section heading needs with the start of its table below it, or it begins the next page. */
    private static final float SECTION_ROOM = 90;

    /**
     * Until layout 4 every section begins a page (so a table of one row stood alone on one); from layout 4 on
     * sections follow each other, a heading never left at the foot of a page, and where each begins is noted.
     */
    private void startSection(PdfWriter writer, Document document, String title) throws DocumentException {
        if (!layout.readable()) {
            document.newPage();
            return;
        }
        if (!pastTitle && pages.contents() || writer.getVerticalPosition(true) - document.bottom() < SECTION_ROOM) {
            document.newPage();
        } else {
            document.add(new Paragraph(" ", bodyFont));
        }
        pastTitle = true;
        pages.sections().putIfAbsent(title, writer.getPageNumber());
    }

    /** The title page's list of sections and the page each begins on, for a report of more than two pages. */
    private void contents(Document document, Report report) throws DocumentException {
        if (!pages.contents()) {
            return;
        }
        document.add(new Paragraph(" ", bodyFont));
        document.add(new Paragraph("Contents", headingFont));
        PdfPTable list = new PdfPTable(new float[] {6, 1});
        list.setWidthPercentage(50);
        list.setHorizontalAlignment(Element.ALIGN_LEFT);
        pages.sections().forEach((title, page) -> {
            PdfPCell name = new PdfPCell(new Phrase(title, bodyFont));
            PdfPCell number = new PdfPCell(new Phrase(Integer.toString(page), bodyFont));
            name.setBorder(PdfPCell.NO_BORDER);
            number.setBorder(PdfPCell.NO_BORDER);
            number.setHorizontalAlignment(Element.ALIGN_RIGHT);
            list.addCell(name);
            list.addCell(number);
        });
        document.add(list);
    }

    private void titlePage(Document document, Report report, Instant stoodAt) throws DocumentException {
        document.add(new Paragraph(report.heading(), titleFont));
        document.add(new Paragraph(layout.readable() ? report.audience() : "Report to the congressional committees",
                                   headingFont));
        document.add(new Paragraph(" "));
        for (String line : report.summary()) {
            document.add(new Paragraph(line, bodyFont));
        }
        document.add(new Paragraph("Edition: " + (report.edition() == ReportEdition.SBU
                ? "SBU (sensitive but unclassified: not for wide distribution)"
                : "standard (the text of SBU entries is withheld; they are counted)"), bodyFont));
        document.add(new Paragraph("Generated from the record as it stood at " + stoodAt
                + " (journal position " + report.builtFrom().position() + ")", bodyFont));
    }

    private void section(Document document, Report.Table table, String none) throws DocumentException {
        document.add(new Paragraph(Readable.section(table.name()), headingFont));
        document.add(new Paragraph(" ", smallFont));
        if (table.rows().isEmpty()) {
            document.add(new Paragraph(none, bodyFont));
            return;
        }
        if (table.rows().size() == 1 && table.header().size() > 6) {
            document.add(record(table.header(), table.rows().get(0)));
            return;
        }
        PdfPTable grid = new PdfPTable(widths(table));
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (String heading : table.header()) {
            grid.addCell(heading(heading));
        }
        for (List<String> row : table.rows()) {
            boolean total = Report.TOTAL.equals(row.get(0));
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value, total ? headCellFont : cellFont));
                if (NUMBER.matcher(value).matches() || layout.readable() && Readable.figure(value)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                grid.addCell(cell);
            }
        }
        document.add(grid);
    }

    private PdfPCell heading(String field) {
        PdfPCell cell = new PdfPCell(new Phrase(Readable.column(field), headCellFont));
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    /** A table of one wide row, such as a notification, as a form: one line per field. */
    private PdfPTable record(List<String> header, List<String> values) {
        PdfPTable form = new PdfPTable(new float[] {1, 3});
        form.setWidthPercentage(70);
        form.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (int c = 0; c < header.size(); c++) {
            form.addCell(heading(header.get(c)));
            form.addCell(new Phrase(values.get(c), cellFont));
        }
        return form;
    }

    /** Each column as wide as its longest value or header word, within limits: ids and text get room, flags less. */
    private static float[] widths(Report.Table table) {
        float[] widths = new float[table.header().size()];
        for (int c = 0; c < widths.length; c++) {
            int widest = Arrays.stream(Readable.column(table.header().get(c)).split(" ")).mapToInt(String::length).max()
                               .orElse(1);
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, row.get(c).length());
            }
            widths[c] = Math.min(Math.max(widest + 2, 6), 48);
        }
        return widths;
    }

    /**
     * From layout 4 on: "Page N of M" at the foot of every page and, on an SBU edition, its marking at the top and
     * bottom of every page.
     */
    private final class Margins extends PdfPageEventHelper {

        private final boolean marked;

        Margins(Report report) {
            this.marked = report.edition() == ReportEdition.SBU;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float middle = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(
                    "Page " + writer.getPageNumber() + " of " + pages.total()[0], smallFont), middle,
                                       document.bottom() - 26, 0);
            if (marked) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                                           new Phrase(Readable.SBU_MARKING, headCellFont), middle,
                                           document.top() + 18, 0);
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                                           new Phrase(Readable.SBU_MARKING, headCellFont), middle,
                                           document.bottom() - 12, 0);
            }
        }
    }

    /** "Page n" at the foot of every page, until layout 4. */
    private final class PageNumbers extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                                       new Phrase("Page " + writer.getPageNumber(), smallFont),
                                       (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}
