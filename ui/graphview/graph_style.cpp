#include "graphview/graph_style.h"

#include <QtMath>

namespace diplograph::ui::style {

QColor relationColor(core::RelationType type)
{
    switch (type) {
    case core::RelationType::Cooperation: return QColor(0x00, 0x9E, 0x73);
    case core::RelationType::Criticism: return QColor(0xD5, 0x5E, 0x00);
    case core::RelationType::Rejection: return QColor(0x00, 0x72, 0xB2);
    default: return QColor(0x88, 0x88, 0x88);
    }
}

Qt::PenStyle relationPenStyle(core::RelationType type)
{
    switch (type) {
    case core::RelationType::Criticism: return Qt::DashLine;
    case core::RelationType::Rejection: return Qt::DashDotLine;
    default: return Qt::SolidLine;
    }
}

QString relationLabel(core::RelationType type)
{
    switch (type) {
    case core::RelationType::Cooperation: return QStringLiteral("Cooperation");
    case core::RelationType::Criticism: return QStringLiteral("Criticism");
    case core::RelationType::Rejection: return QStringLiteral("Rejection");
    default: return QStringLiteral("Relation");
    }
}

QString relationArrow(bool directed)
{
    return directed ? QStringLiteral(" → ") : QStringLiteral(" ↔ ");
}

QColor kindFill(core::ActorKind kind)
{
    switch (kind) {
    case core::ActorKind::State: return QColor(0xDC, 0xEB, 0xF7);
    case core::ActorKind::Organisation: return QColor(0xF3, 0xE1, 0xEC);
    case core::ActorKind::Group: return QColor(0xFB, 0xEA, 0xC8);
    case core::ActorKind::Agency: return QColor(0xE9, 0xEB, 0xE4);
    case core::ActorKind::Person: return QColor(0xFA, 0xF4, 0xC6);
    default: return QColor(0xEE, 0xEE, 0xEE);
    }
}

QColor kindStroke(core::ActorKind kind)
{
    switch (kind) {
    case core::ActorKind::State: return QColor(0x2F, 0x6E, 0x9E);
    case core::ActorKind::Organisation: return QColor(0x9C, 0x4F, 0x7F);
    case core::ActorKind::Group: return QColor(0xA8, 0x6A, 0x00);
    case core::ActorKind::Agency: return QColor(0x5E, 0x63, 0x58);
    case core::ActorKind::Person: return QColor(0x8A, 0x7B, 0x10);
    default: return QColor(0x66, 0x66, 0x66);
    }
}

QString kindLabel(core::ActorKind kind)
{
    switch (kind) {
    case core::ActorKind::State: return QStringLiteral("State");
    case core::ActorKind::Organisation: return QStringLiteral("Organisation");
    case core::ActorKind::Group: return QStringLiteral("Group");
    case core::ActorKind::Agency: return QStringLiteral("Agency");
    case core::ActorKind::Person: return QStringLiteral("Person");
    default: return QStringLiteral("Actor");
    }
}

QPainterPath kindShape(core::ActorKind kind, qreal radius)
{
    QPainterPath path;
    const auto polygon = [&](int corners, qreal rotation) {
        QPolygonF points;
        for (int i = 0; i < corners; ++i) {
            const qreal angle = rotation + 2 * M_PI * i / corners;
            points << QPointF(radius * qCos(angle), radius * qSin(angle));
        }
        points << points.front();
        path.addPolygon(points);
    };
    switch (kind) {
    case core::ActorKind::Organisation:
        path.addRoundedRect(QRectF(-radius * 0.9, -radius * 0.9, radius * 1.8, radius * 1.8), radius * 0.3, radius * 0.3);
        break;
    case core::ActorKind::Group: polygon(6, 0); break;
    case core::ActorKind::Agency: polygon(4, M_PI / 4 + M_PI / 4); break;
    case core::ActorKind::Person: polygon(3, -M_PI / 2); break;
    default: path.addEllipse(QPointF(0, 0), radius, radius); break;
    }
    return path;
}

QFont labelFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont uiFont(int pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(pointSize);
    return font;
}

QColor sceneBackground()
{
    return QColor(0xFB, 0xFA, 0xF7);
}

QColor ink()
{
    return QColor(0x2B, 0x2D, 0x31);
}

} // namespace diplograph::ui::style
