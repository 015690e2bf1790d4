#pragma once

#include <QGraphicsItem>

namespace diplograph::ui {

class NodeItem;

// At agent level, a thin dotted line from an agent (a ministry, a spokesperson) to the node of the state or
// organisation it acts for, drawn under the relations: not a relation, so it is neither selectable nor exported
// as data, only as part of the picture.
class TieItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    TieItem(NodeItem* agent, NodeItem* entity);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] NodeItem* agentNode() const { return m_agent; }
    [[nodiscard]] NodeItem* entityNode() const { return m_entity; }
    // Recomputes the line after either node moved.
    void adjust();

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    NodeItem* m_agent;
    NodeItem* m_entity;
    QLineF m_line;
};

} // namespace diplograph::ui
