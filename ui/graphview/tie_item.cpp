#include "graphview/tie_item.h"

#include "graphview/node_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace diplograph::ui {

TieItem::TieItem(NodeItem* agent, NodeItem* entity) : m_agent(agent), m_entity(entity)
{
    setFlag(ItemHasNoContents, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1); // under the relations
    agent->addTie(this);
    entity->addTie(this);
    adjust();
}

void TieItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_agent->pos();
    const QPointF b = m_entity->pos();
    const QLineF full(a, b);
    const qreal length = full.length();
    if (length <= m_agent->radius() + m_entity->radius() + 2) {
        m_line = QLineF();
        return;
    }
    // From rim to rim, so the dots never run over either shape.
    const QPointF unit = (b - a) / length;
    m_line = QLineF(a + unit * (m_agent->radius() + 1), b - unit * (m_entity->radius() + 1));
}

QRectF TieItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-3, -3, 3, 3);
}

void TieItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_line.isNull()) {
        return;
    }
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool dimmed = m_agent->isDimmed() || m_entity->isDimmed();
    painter->setOpacity(dimmed ? 0.12 : 1.0);
    QColor color(0x8C, 0x90, 0x98);
    if (lod * 1.3 < 1) {
        // Far out dots would merge into a grey smear: a faint hairline says the same.
        color.setAlpha(140);
        painter->setPen(QPen(color, 0));
    } else {
        painter->setPen(QPen(color, 1.3, Qt::DotLine, Qt::RoundCap));
    }
    painter->drawLine(m_line);
}

} // namespace diplograph::ui
