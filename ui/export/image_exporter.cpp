#include "export/image_exporter.h"

#include "graphview/edge_item.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "graphview/tie_item.h"
#include "graphview/graph_style.h"
#include "graphview/legend.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

namespace diplograph::ui {

namespace {

constexpr qreal kMargin = 28;
constexpr qreal kTitleHeight = 44;
constexpr qreal kLegendGap = 24;

// A transparent image of `page` at `scale` (clamped to 1..4) painted by `paint`; null if too large.
QImage paintImage(QSizeF page, double scale, const std::function<void(QPainter*)>& paint)
{
    scale = std::clamp(scale, 1.0, 4.0);
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(&painter);
    return image;
}

QFont titleFont()
{
    QFont font = style::labelFont();
    font.setPixelSize(20);
    font.setBold(true);
    return font;
}

} // namespace

ImageExporter::ImageExporter(GraphScene* scene, QGraphicsView* view) : m_scene(scene), m_view(view) {}

QRectF ImageExporter::sourceRect(const ImageExportOptions& options) const
{
    if (options.region == ImageExportOptions::Region::Visible && m_view) {
        return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    }
    QRectF rect = m_scene->visibleItemsRect();
    return rect.isEmpty() ? QRectF(0, 0, 200, 200) : rect;
}

QSizeF ImageExporter::pageSize(const ImageExportOptions& options) const
{
    const QSizeF graph = sourceRect(options).size();
    const QSizeF legend = options.legend ? LegendPainter::size() : QSizeF(0, 0);
    qreal width = 2 * kMargin + graph.width() + (options.legend ? kLegendGap + legend.width() : 0);
    if (!options.title.isEmpty()) {
        width = std::max(width, 2 * kMargin + QFontMetricsF(titleFont()).horizontalAdvance(options.title) + 8);
    }
    const qreal height = 2 * kMargin + (options.title.isEmpty() ? 0 : kTitleHeight) + std::max(graph.height(), legend.height());
    return {std::ceil(width), std::ceil(height)};
}

QRectF ImageExporter::targetRect(const ImageExportOptions& options) const
{
    const QRectF source = sourceRect(options);
    const qreal top = kMargin + (options.title.isEmpty() ? 0 : kTitleHeight);
    return {kMargin, top, source.width(), source.height()};
}

void ImageExporter::paintPage(QPainter* painter, const ImageExportOptions& options) const
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF page = pageSize(options);
    if (!options.transparent) {
        painter->fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    }
    if (!options.title.isEmpty()) {
        painter->setFont(titleFont());
        painter->setPen(style::ink());
        painter->drawText(QRectF(kMargin, kMargin, page.width() - 2 * kMargin, kTitleHeight - 8),
                          Qt::AlignLeft | Qt::AlignVCenter, options.title);
    }
    if (options.legend) {
        const QRectF target = targetRect(options);
        LegendPainter::paint(painter, QPointF(target.right() + kLegendGap, target.top()));
    }
}

QList<QGraphicsItem*> ImageExporter::items(const ImageExportOptions& options) const
{
    // Every shown edge, then every shown node, as the scene stacks them; the overview's batched lines are a
    // screen shortcut and never part of a picture.
    const QRectF source = sourceRect(options);
    QList<QGraphicsItem*> edges, nodes;
    for (auto* tie : m_scene->ties()) { // under the relations, as on screen
        if (tie->isVisibleTo(tie->parentItem()) && tie->sceneBoundingRect().intersects(source)) {
            edges.push_back(tie);
        }
    }
    for (auto* edge : m_scene->edges()) {
        if (m_scene->isEdgeShown(edge) && edge->sceneBoundingRect().intersects(source)) {
            (edge->isSelected() ? nodes : edges).push_back(edge);
        }
    }
    for (auto* node : m_scene->nodes()) {
        if (node->isVisible() && node->sceneBoundingRect().intersects(source)) {
            nodes.push_back(node);
        }
    }
    std::sort(nodes.begin(), nodes.end(), [](QGraphicsItem* a, QGraphicsItem* b) { return a->zValue() < b->zValue(); });
    return edges + nodes;
}

void ImageExporter::paintItems(QPainter* painter, const ImageExportOptions& options, const QList<QGraphicsItem*>& items,
                               qsizetype from, qsizetype to) const
{
    const QRectF source = sourceRect(options);
    const QRectF target = targetRect(options);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setClipRect(target);
    painter->translate(target.topLeft() - source.topLeft());
    const QTransform base = painter->transform();
    m_scene->setExporting(true); // the overview is a screen shortcut, never part of a picture
    for (qsizetype i = from; i < std::min(to, items.size()); ++i) {
        QGraphicsItem* item = items[i];
        QStyleOptionGraphicsItem option;
        option.state = item->isSelected() ? QStyle::State_Selected : QStyle::State_None;
        option.exposedRect = item->boundingRect();
        painter->setTransform(item->sceneTransform() * base);
        painter->setOpacity(1.0);
        item->paint(painter, &option, nullptr);
    }
    m_scene->setExporting(false);
    painter->restore();
}

void ImageExporter::paint(QPainter* painter, const ImageExportOptions& options) const
{
    m_scene->highlightNeighbourhood(nullptr); // hover dimming is not part of a picture
    paintPage(painter, options);
    const auto list = items(options);
    paintItems(painter, options, list, 0, list.size());
}

QImage ImageExporter::renderImage(const ImageExportOptions& options) const
{
    return paintImage(pageSize(options), options.scale, [&](QPainter* painter) { paint(painter, options); });
}

QString ImageExporter::write(const QString& path, const ImageExportOptions& options) const
{
    return writeDevice(path, pageSize(options), options, [&](QPainter* painter) { paint(painter, options); });
}

QString ImageExporter::writeDevice(const QString& path, QSizeF page, const ImageExportOptions& options,
                                   const std::function<void(QPainter*)>& paint)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString failed = QObject::tr("Could not write %1").arg(path);
    const QString title = options.title.isEmpty() ? QStringLiteral("Diplograph") : options.title;
    if (suffix == QLatin1String("png")) {
        const QImage image = paintImage(page, options.scale, paint);
        if (image.isNull()) {
            return QObject::tr("The picture is too large for memory; export the visible area or a smaller scale");
        }
        return image.save(path, "PNG") ? QString() : failed;
    }
    QPainter painter;
    std::unique_ptr<QSvgGenerator> svg;
    std::unique_ptr<QPdfWriter> pdf;
    if (suffix == QLatin1String("svg")) {
        svg = std::make_unique<QSvgGenerator>();
        svg->setFileName(path);
        svg->setSize(page.toSize());
        svg->setViewBox(QRectF(QPointF(0, 0), page));
        svg->setResolution(96); // the default 72 dpi shrinks and shifts text
        svg->setTitle(title);
        svg->setDescription(QStringLiteral("Actor graph exported by Diplograph"));
        if (!painter.begin(svg.get())) {
            return failed;
        }
    } else if (suffix == QLatin1String("pdf")) {
        pdf = std::make_unique<QPdfWriter>(path);
        pdf->setResolution(96); // one scene pixel is one CSS pixel, as in the SVG
        pdf->setPageSize(QPageSize(page * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf->setTitle(title);
        pdf->setCreator(QStringLiteral("Diplograph"));
        if (!painter.begin(pdf.get())) {
            return failed;
        }
    } else {
        return QObject::tr("%1: unknown image type; use .png, .svg or .pdf").arg(path);
    }
    paint(&painter);
    painter.end();
    return QFileInfo(path).size() > 0 ? QString() : failed;
}

} // namespace diplograph::ui
