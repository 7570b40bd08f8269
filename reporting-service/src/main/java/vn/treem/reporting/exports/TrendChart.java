package vn.treem.reporting.exports;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * An indicator's monthly trend over a year as a line chart (JFreeChart): SVG (JFreeSVG) or PNG. The series is named
 * after the indicator; a suppressed month ({@code <5}) is a gap in the line, explained under the chart. Rendering is
 * headless and uses the bundled fonts.
 */
final class TrendChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TrendChart() {
    }

    static String svg(Trend trend) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart(trend).draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        // The element without the DOCTYPE of getSVGDocument(): parsers that refuse DTDs (the safe default) accept it.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + graphics.getSVGElement();
    }

    static byte[] png(Trend trend) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(trend, WIDTH, HEIGHT), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the chart could not be encoded", e);
        }
    }

    static BufferedImage image(Trend trend, int width, int height) {
        return chart(trend).createBufferedImage(width, height);
    }

    static JFreeChart chart(Trend trend) {
        String series = ExportTexts.heading(trend.indicator());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean suppressed = false;
        for (Trend.Point point : trend.points()) {
            Figure figure = point.figure();
            suppressed |= figure.suppressed();
            BigDecimal value = figure.hasValue() ? figure.value() : null;
            data.addValue(value, series, ExportTexts.text("export.month", String.valueOf(point.month())));
        }
        String title = ExportTexts.text("export.chart.title", ExportTexts.name(trend.indicator()),
                trend.unit().name(), String.valueOf(trend.year()));
        JFreeChart chart = ChartFactory.createLineChart(title, ExportTexts.text("export.chart.month"), null, data,
                PlotOrientation.VERTICAL, true, false, false);
        StandardChartTheme theme = new StandardChartTheme("treem");
        theme.setExtraLargeFont(ExportFonts.awt(true, 15));
        theme.setLargeFont(ExportFonts.awt(true, 12));
        theme.setRegularFont(ExportFonts.awt(false, 11));
        theme.setSmallFont(ExportFonts.awt(false, 9));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x1F, 0x5F, 0xA8));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        if (!trend.indicator().isShare()) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        range.setAutoRangeIncludesZero(true);
        if (suppressed) {
            TextTitle legend = new TextTitle(ExportTexts.text("export.legend"), ExportFonts.awt(false, 9));
            legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
        }
        return chart;
    }
}
