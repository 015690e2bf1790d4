#include "graphview/edge_item.h"

#include "graphview/graph_scene.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace diplograph::ui {

namespace {

QPointF unit(QPointF v)
{
    const qreal length = qSqrt(v.x() * v.x() + v.y() * v.y());
    return length < 1e-9 ? QPointF(1, 0) : v / length;
}

} // namespace

EdgeItem::EdgeItem(const core::GraphEdge& edge, NodeItem* source, NodeItem* target, qreal bend)
    : m_id(QString::fromStdString(edge.id)), m_type(edge.type), m_source(source), m_target(target),
      m_weight(edge.weight), m_directed(edge.directed), m_maxConfidence(edge.maxConfidence), m_bend(bend),
      m_rejected(edge.rejected), m_analyst(edge.analyst), m_confirmed(edge.confirmation != nullptr)
{
    m_width = 1.4 + 1.3 * qSqrt(static_cast<qreal>(std::max(edge.weight - 1, 0)));
    m_width = std::min<qreal>(m_width, 9);
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setZValue(0);
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

QString EdgeItem::toolTipText() const
{
    return QStringLiteral("<b>%1%2%3</b><br>%4 · %5 quote(s) · highest confidence %6<br><i>Click to read the quotes</i>")
        .arg(m_source->name().toHtmlEscaped(), style::relationArrow(m_directed), m_target->name().toHtmlEscaped(),
             style::relationLabel(m_type))
        .arg(m_weight)
        .arg(QLocale().toString(m_maxConfidence, 'f', 2));
}

QPointF EdgeItem::midPoint() const
{
    return m_mid;
}

void EdgeItem::setBend(qreal bend)
{
    m_bend = bend;
    adjust();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_source->pos();
    const QPointF b = m_target->pos();
    const QPointF along = unit(b - a);
    const QPointF normal(-along.y(), along.x());
    // A quadratic curve through the point `bend` away from the chord's middle.
    const QPointF control = (a + b) / 2 + normal * (2 * m_bend);
    const QPointF start = a + unit(control - a) * (m_source->radius() + 2);
    const QPointF end = b + unit(control - b) * (m_target->radius() + (m_directed ? 3 : 2));
    m_path = QPainterPath(start);
    m_path.quadTo(control, end);
    m_mid = m_path.pointAtPercent(0.5);
    m_chord = QLineF(start, end);
    m_arrow.clear();
    if (m_directed) {
        const QPointF direction = unit(end - control);
        const QPointF side(-direction.y(), direction.x());
        const qreal length = 9 + 1.6 * m_width;
        const qreal half = 4 + 0.9 * m_width;
        m_arrow << end << end - direction * length + side * half << end - direction * length * 0.78
                << end - direction * length - side * half;
        // The line stops inside the arrowhead so its dash pattern does not poke through the tip.
        m_path = QPainterPath(start);
        m_path.quadTo(control, end - direction * length * 0.7);
    }
    if (auto* graphScene = qobject_cast<GraphScene*>(scene())) {
        graphScene->markOverviewDirty();
    }
    const qreal margin = m_width + 12;
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-margin, -margin, margin, margin);
}

void EdgeItem::setDimmed(bool dimmed)
{
    if (m_dimmed != dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void EdgeItem::setLit(bool lit)
{
    if (m_lit != lit) {
        m_lit = lit;
        update();
    }
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(14, m_width + 8));
    QPainterPath path = stroker.createStroke(m_path);
    path.addPolygon(m_arrow);
    return path;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor color = m_rejected ? QColor(0x9A, 0xA0, 0xA6) : style::relationColor(m_type);
    painter->setOpacity(m_dimmed ? 0.12 : 1.0);
    if (lod < 0.3 && !isSelected() && !m_lit) {
        // Far out: a thin straight solid line; dashes and arrowheads would be sub-pixel noise.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(color, 0));
        painter->drawLine(m_chord);
        return;
    }
    if (isSelected() || m_lit) {
        QColor halo = m_lit ? QColor(0xF0, 0xE4, 0x42) : color;
        halo.setAlpha(m_lit ? 200 : 70);
        painter->setPen(QPen(halo, m_width + 9, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    QPen pen(color, m_width, style::relationPenStyle(m_type), Qt::FlatCap, Qt::RoundJoin);
    pen.setDashOffset(0);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    // Arrowheads smaller than ~3 px tell nothing; skip them when zoomed out.
    if (m_directed && lod * (9 + 1.6 * m_width) >= 3) {
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    // The analyst's word, drawn small at the middle of the curve: a cross strikes a rejected edge, a diamond
    // marks one the analyst added.
    const qreal size = 4.5 + m_width / 2;
    if (m_rejected) {
        painter->setPen(QPen(QColor(0x5F, 0x63, 0x68), 2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_mid + QPointF(-size, -size), m_mid + QPointF(size, size));
        painter->drawLine(m_mid + QPointF(-size, size), m_mid + QPointF(size, -size));
    } else if (m_analyst && lod * size >= 2) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(0x20, 0x21, 0x24));
        painter->drawPolygon(QPolygonF({m_mid + QPointF(0, -size), m_mid + QPointF(size, 0), m_mid + QPointF(0, size),
                                        m_mid + QPointF(-size, 0)}));
    }
}

} // namespace diplograph::ui
