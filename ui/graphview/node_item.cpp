#include "graphview/node_item.h"

#include "graphview/edge_item.h"
#include "graphview/graph_scene.h"
#include "graphview/graph_style.h"
#include "graphview/tie_item.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace diplograph::ui {

namespace {

constexpr qreal kLabelGap = 4;
constexpr qreal kLabelPadding = 3;
constexpr qreal kMaxLabelWidth = 150;
// Zoomed out, labels grow (up to kMaxLabelGrowth, GraphScene::updateLabels) to stay readable on screen.
constexpr qreal kMaxLabelGrowth = 3.0;
constexpr qreal kMinShapePixels = 2.5;

QString wrapLabel(const QString& name, const QFontMetricsF& metrics)
{
    if (metrics.horizontalAdvance(name) <= kMaxLabelWidth) {
        return name;
    }
    // Break at the space nearest the middle, so long agent names make two balanced lines.
    const int middle = static_cast<int>(name.size() / 2);
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle))) {
            best = i;
        }
    }
    if (best < 0) {
        return name;
    }
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

qreal radiusFor(int weightedDegree)
{
    return std::min<qreal>(11 + 4.5 * qSqrt(static_cast<qreal>(std::max(weightedDegree, 0))), 48);
}

QString labelText(const core::GraphNode& node, const QFontMetricsF& metrics)
{
    const QString name = QString::fromStdString(node.name.empty() ? node.id : node.name);
    return wrapLabel(name, metrics);
}

QSizeF labelSizeOf(const QString& label, const QFontMetricsF& metrics)
{
    return metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignCenter, label).size() +
           QSizeF(2 * kLabelPadding, 2 * kLabelPadding);
}

} // namespace

namespace {
constexpr int kHubDegree = 6;          // the weighted degree from which a node counts as a hub
constexpr qreal kHubLabelRoom = 1.3;   // the label growth a hub's footprint leaves room for
} // namespace

core::NodeBox NodeItem::footprint(const core::GraphNode& node)
{
    const qreal radius = radiusFor(node.weightedDegree);
    const QFontMetricsF metrics(style::labelFont());
    // A hub's label is wanted most and, at a dense graph's fit zoom, drawn grown to stay legible: its footprint
    // keeps room for the grown label below, so the hubs of the densest cluster keep their names.
    const qreal grown = node.weightedDegree >= kHubDegree ? kHubLabelRoom : 1.0;
    const QSizeF label = labelSizeOf(labelText(node, metrics), metrics) * grown;
    const qreal half = std::max(radius, label.width() / 2);
    return {half, radius, half, radius + kLabelGap + label.height(), radius};
}

NodeItem::NodeItem(const core::GraphNode& node)
    : m_id(QString::fromStdString(node.id)), m_name(QString::fromStdString(node.name)), m_kind(node.kind),
      m_weightedDegree(node.weightedDegree), m_degree(node.degree), m_mentions(node.mentionCount),
      m_articles(node.articleCount)
{
    m_radius = radiusFor(node.weightedDegree);
    m_shape = style::kindShape(m_kind, m_radius);
    const QFontMetricsF metrics(style::labelFont());
    m_label = labelText(node, metrics);
    m_labelSize = labelSizeOf(m_label, metrics);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
}

QString NodeItem::toolTipText() const
{
    return QStringLiteral("<b>%1</b><br>%2 · %3<br>%4 connection(s), weighted degree %5<br>%6 mention(s) in %7 article(s)")
        .arg(m_name.toHtmlEscaped(), style::kindLabel(m_kind), m_id.toHtmlEscaped())
        .arg(m_degree)
        .arg(m_weightedDegree)
        .arg(m_mentions)
        .arg(m_articles);
}

QRectF NodeItem::labelRect(LabelPlacement placement) const
{
    const qreal w = m_labelSize.width();
    const qreal h = m_labelSize.height();
    const qreal r = m_radius + kLabelGap;
    // Diagonal sides touch the shape's bounding corner: a dense cluster often leaves a corner free when no side is.
    const qreal d = m_radius * 0.75 + kLabelGap;
    switch (placement) {
    case LabelPlacement::Above: return {-w / 2, -r - h, w, h};
    case LabelPlacement::Right: return {r, -h / 2, w, h};
    case LabelPlacement::Left: return {-r - w, -h / 2, w, h};
    case LabelPlacement::BelowRight: return {d, d, w, h};
    case LabelPlacement::BelowLeft: return {-d - w, d, w, h};
    case LabelPlacement::AboveRight: return {d, -d - h, w, h};
    case LabelPlacement::AboveLeft: return {-d - w, -d - h, w, h};
    default: return {-w / 2, r, w, h};
    }
}

// The point of a label nearest its node, which stays put when the label grows.
QPointF NodeItem::anchorOf(LabelPlacement placement) const
{
    const QRectF rect = labelRect(placement);
    switch (placement) {
    case LabelPlacement::Above: return {rect.center().x(), rect.bottom()};
    case LabelPlacement::Right: return {rect.left(), rect.center().y()};
    case LabelPlacement::Left: return {rect.right(), rect.center().y()};
    case LabelPlacement::BelowRight: return rect.topLeft();
    case LabelPlacement::BelowLeft: return rect.topRight();
    case LabelPlacement::AboveRight: return rect.bottomLeft();
    case LabelPlacement::AboveLeft: return rect.bottomRight();
    default: return {rect.center().x(), rect.top()};
    }
}

void NodeItem::setLabelPlacement(LabelPlacement placement)
{
    m_homePlacement = placement;
    setDrawnPlacement(placement);
}

void NodeItem::setDrawnPlacement(LabelPlacement placement)
{
    if (placement != m_placement) {
        prepareGeometryChange();
        m_placement = placement;
    }
}

void NodeItem::setLabelScale(qreal scale)
{
    if (!qFuzzyCompare(m_labelScale + 1, scale + 1)) {
        m_labelScale = scale;
        update();
    }
}

QRectF NodeItem::sceneLabelRect(qreal scale, LabelPlacement placement) const
{
    const QRectF label = labelRect(placement);
    const QPointF anchor = anchorOf(placement);
    return QRectF((label.topLeft() - anchor) * scale + anchor, label.size() * scale).translated(pos());
}

void NodeItem::setDimmed(bool dimmed)
{
    if (m_dimmed != dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

QPointF NodeItem::labelAnchor() const
{
    return anchorOf(m_placement);
}

QRectF NodeItem::contentRect() const
{
    return m_shape.boundingRect().united(labelRect(m_placement));
}

QRectF NodeItem::boundingRect() const
{
    // Room for the label at its largest growth.
    const QPointF anchor = labelAnchor();
    const QRectF label = labelRect(m_placement);
    const QRectF grown((label.topLeft() - anchor) * kMaxLabelGrowth + anchor, label.size() * kMaxLabelGrowth);
    return m_shape.boundingRect().adjusted(-4, -4, 4, 4).united(grown);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path = m_shape;
    path.addRect(labelRect(m_placement));
    return path;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal opacity = m_dimmed ? 0.22 : 1.0;
    painter->setOpacity(opacity);
    const QColor stroke = style::kindStroke(m_kind);
    if (isSelected()) {
        painter->setPen(QPen(style::ink(), 3.0));
    } else {
        painter->setPen(QPen(stroke, 1.6));
    }
    painter->setBrush(style::kindFill(m_kind));
    const auto* graphScene = static_cast<const GraphScene*>(scene());
    const bool overview = graphScene && graphScene->drawsOverview();
    const bool exporting = graphScene && graphScene->isExporting();
    // Readable or absent: a shape under ~2.5 px on screen is drawn as a dot-like square, cheaper and the same.
    if (m_radius * lod < kMinShapePixels || (overview && !isSelected())) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(stroke);
        painter->drawRect(m_shape.boundingRect().adjusted(m_radius * 0.2, m_radius * 0.2, -m_radius * 0.2, -m_radius * 0.2));
        return;
    }
    painter->drawPath(m_shape);
    // The scene decides on screen which labels are readable and fit (GraphScene::updateLabels); pictures
    // always carry every label at its natural size.
    const qreal growth = exporting || !graphScene ? 1.0 : m_labelScale;
    if (growth <= 0) {
        return;
    }
    const QRectF rect = labelRect(m_placement);
    const QPointF anchor = labelAnchor();
    painter->translate(anchor);
    painter->scale(growth, growth);
    painter->translate(-anchor);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(rect, 4, 4);
    painter->setFont(style::labelFont());
    painter->setPen(isSelected() ? QColor(Qt::black) : style::ink());
    painter->drawText(rect, Qt::AlignCenter, m_label);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (auto* edge : m_edges) {
            edge->adjust();
        }
        for (auto* tie : m_ties) {
            tie->adjust();
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_pressPosition = pos();
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPosition) {
        if (auto* graphScene = qobject_cast<GraphScene*>(scene())) {
            graphScene->reportMoved(this, m_pressPosition);
        }
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    if (auto* graphScene = qobject_cast<GraphScene*>(scene())) {
        graphScene->highlightNeighbourhood(this);
    }
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    if (auto* graphScene = qobject_cast<GraphScene*>(scene())) {
        graphScene->highlightNeighbourhood(nullptr);
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace diplograph::ui
