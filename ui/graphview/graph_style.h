#pragma once

#include "diplograph/types.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QString>

namespace diplograph::ui::style {

// Okabe–Ito colours with a dash style each, so the three types differ without colour too.
[[nodiscard]] QColor relationColor(core::RelationType type);
[[nodiscard]] Qt::PenStyle relationPenStyle(core::RelationType type);
[[nodiscard]] QString relationLabel(core::RelationType type);     // "Cooperation"
[[nodiscard]] QString relationArrow(bool directed);               // "→" or "↔"

[[nodiscard]] QColor kindFill(core::ActorKind kind);
[[nodiscard]] QColor kindStroke(core::ActorKind kind);
[[nodiscard]] QString kindLabel(core::ActorKind kind);            // "State"
// The node outline centred on (0, 0) with `radius` in scene pixels: circle, rounded square, hexagon ...
[[nodiscard]] QPainterPath kindShape(core::ActorKind kind, qreal radius);

[[nodiscard]] QFont labelFont();          // node labels
[[nodiscard]] QFont uiFont(int pointSize = 10);
[[nodiscard]] QColor sceneBackground();
[[nodiscard]] QColor ink();               // text and selection outlines

} // namespace diplograph::ui::style
