#include "graphview/graph_canvas.h"

#include "graphview/graph_scene.h"
#include "graphview/legend.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace diplograph::ui {

namespace {

constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 8.0;
// When edges on screen are this dense they are drawn as one batch of thin lines (GraphScene::setOverview):
// with less than a 24 x 24 px square each, dashes and arrowheads can no longer be told apart, and thousands of
// antialiased, dashed curves cost far more than a frame.
constexpr qreal kMinPixelsPerEdge = 24.0 * 24.0;

} // namespace

GraphCanvas::GraphCanvas(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_legend(new LegendWidget(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    connect(this, &GraphCanvas::zoomChanged, this, &GraphCanvas::chooseDetail);
    connect(m_scene, &GraphScene::graphReset, this, &GraphCanvas::chooseDetail);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFrameShape(QFrame::NoFrame);
    // Panning is a drag on the background; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Actor graph"));
    setMouseTracking(true);
    placeLegend();
}

qreal GraphCanvas::zoom() const
{
    return transform().m11();
}

void GraphCanvas::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom())) {
        return;
    }
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void GraphCanvas::fitAll()
{
    QRectF rect = m_scene->visibleItemsRect();
    if (rect.isEmpty()) {
        return;
    }
    // Fit into the part of the viewport the legend leaves free, beside it or above it, whichever is roomier,
    // so no node hides under the legend.
    const qreal w = viewport()->width() - 16.0;
    const qreal h = viewport()->height() - 16.0;
    const bool legend = isLegendVisible();
    const qreal legendWidth = legend ? m_legend->width() + 24 : 0;
    const qreal legendHeight = legend ? m_legend->height() + 24 : 0;
    qreal factor = 1.6, beside = 0, above = 0;
    // Zoomed out, labels grow to stay readable and so reach further: fit again with the labels as they will be
    // drawn until the zoom settles (it only shrinks, and growth is capped, so this ends in a few rounds).
    for (int round = 0; round < 6; ++round) {
        beside = std::min(std::max(100.0, w - legendWidth) / rect.width(), h / rect.height());
        above = std::min(w / rect.width(), std::max(100.0, h - legendHeight) / rect.height());
        const qreal next = std::min(std::max(beside, above), 1.6);
        const bool settled = round > 0 && next >= factor * 0.995;
        factor = std::min(factor, next);
        if (settled) {
            break;
        }
        rect = m_scene->visibleItemsRect(factor);
    }
    setTransform(QTransform::fromScale(factor, factor));
    // The free area's centre sits half a legend right of (beside) or above (above) the viewport's centre.
    const QPointF shift = beside >= above ? QPointF(legendWidth / 2, 0) : QPointF(0, -legendHeight / 2);
    centerOn(rect.center() - shift / factor);
    Q_EMIT zoomChanged(zoom());
}

void GraphCanvas::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

bool GraphCanvas::isLegendVisible() const
{
    return !m_legend->isHidden();
}

void GraphCanvas::centreOn(QPointF point)
{
    centerOn(point);
    chooseDetail();
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Keep the scene point under the wheel where it is (the event's position, not the last mouse move).
    const QPoint at = event->position().toPoint();
    const QPointF anchor = mapToScene(at);
    const auto previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    zoomBy(qPow(1.0015, delta));
    setTransformationAnchor(previous);
    const QPointF drifted = mapToScene(at);
    centerOn(mapToScene(viewport()->rect().center()) + anchor - drifted);
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_F: fitAll(); break;
    default:
        setTransformationAnchor(anchor);
        QGraphicsView::keyPressEvent(event);
        return;
    }
    setTransformationAnchor(anchor);
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    // Shift+drag draws a rubber band; a plain drag on the background pans.
    setDragMode(event->modifiers() & Qt::ShiftModifier ? RubberBandDrag : ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(ScrollHandDrag);
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
}

void GraphCanvas::leaveEvent(QEvent* event)
{
    m_scene->highlightNeighbourhood(nullptr);
    QGraphicsView::leaveEvent(event);
}

void GraphCanvas::chooseDetail()
{
    // Edges on screen, estimated as the total scaled by the share of the graph's area the viewport shows,
    // against the screen area they share.
    const QRectF graph = m_scene->itemsBoundingRect();
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect().intersected(graph);
    const qreal share = graph.isEmpty() ? 1.0 : (shown.width() * shown.height()) / (graph.width() * graph.height());
    const qreal pixels = std::max<qreal>(1, viewport()->width() * viewport()->height());
    m_scene->setOverview(m_scene->edges().size() * share * kMinPixelsPerEdge > pixels);
    if (!qFuzzyCompare(zoom(), m_scene->labelZoom())) { // panning keeps the labels as they are
        m_scene->updateLabels(zoom());
    }
}

void GraphCanvas::placeLegend()
{
    m_legend->move(12, std::max(12, height() - m_legend->height() - 12));
    m_legend->raise();
}

} // namespace diplograph::ui
