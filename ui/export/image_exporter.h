#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <functional>

class QGraphicsItem;
class QGraphicsView;
class QPainter;

namespace diplograph::ui {

class GraphScene;

struct ImageExportOptions {
    enum class Region { Whole, Visible };
    Region region = Region::Whole;
    double scale = 2.0;        // PNG pixels per scene pixel, 1..4
    bool transparent = false;  // otherwise white
    QString title;             // drawn above the graph when not empty
    bool legend = true;
};

// Draws the graph (whole, or what `view` shows) with a title and the legend, as PNG, SVG or PDF.
// Text stays text in SVG and PDF; hidden (filtered) items are left out, as on screen.
class ImageExporter {
public:
    // `view` is needed only for Region::Visible; both must outlive the exporter.
    explicit ImageExporter(GraphScene* scene, QGraphicsView* view = nullptr);

    [[nodiscard]] QImage renderImage(const ImageExportOptions& options) const;
    // Writes by the suffix of `path` (.png, .svg, .pdf); returns an error message, empty on success.
    [[nodiscard]] QString write(const QString& path, const ImageExportOptions& options) const;

    // Opens the PNG, SVG or PDF (by the suffix of `path`) for a `page` in scene pixels, lets `paint` draw it and
    // writes the file; returns an error message. Touches no scene, so it may run on a worker thread.
    [[nodiscard]] static QString writeDevice(const QString& path, QSizeF page, const ImageExportOptions& options,
                                             const std::function<void(QPainter*)>& paint);
    // The page size in scene pixels (graph, margins, title and legend) for `options`.
    [[nodiscard]] QSizeF pageSize(const ImageExportOptions& options) const;

    // The pieces of one picture, for callers that spread the work over several event-loop turns (ExportJob):
    // paintPage draws background, title and legend; items() lists what to draw, bottom first;
    // paintItems draws items[from, to) in page coordinates.
    void paintPage(QPainter* painter, const ImageExportOptions& options) const;
    [[nodiscard]] QList<QGraphicsItem*> items(const ImageExportOptions& options) const;
    void paintItems(QPainter* painter, const ImageExportOptions& options, const QList<QGraphicsItem*>& items,
                    qsizetype from, qsizetype to) const;

private:
    [[nodiscard]] QRectF sourceRect(const ImageExportOptions& options) const;
    [[nodiscard]] QRectF targetRect(const ImageExportOptions& options) const;
    void paint(QPainter* painter, const ImageExportOptions& options) const;

    GraphScene* m_scene;
    QGraphicsView* m_view;
};

} // namespace diplograph::ui
