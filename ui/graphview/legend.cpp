#include "graphview/legend.h"

#include "graphview/graph_style.h"

#include <QPainter>

namespace diplograph::ui {

namespace {

constexpr qreal kPadding = 12;
constexpr qreal kRow = 21;
constexpr qreal kWidth = 196;
constexpr core::RelationType kTypes[] = {core::RelationType::Cooperation, core::RelationType::Criticism,
                                         core::RelationType::Rejection};
constexpr core::ActorKind kKinds[] = {core::ActorKind::State, core::ActorKind::Organisation, core::ActorKind::Group,
                                      core::ActorKind::Agency, core::ActorKind::Person};

QFont headingFont()
{
    QFont font = style::labelFont();
    font.setPixelSize(12);
    font.setBold(true);
    return font;
}

QFont entryFont()
{
    QFont font = style::labelFont();
    font.setPixelSize(12);
    return font;
}

} // namespace

QSizeF LegendPainter::size()
{
    return {kWidth, 2 * kPadding + kRow * (2 + 3 + 5) + 8 + kRow};
}

void LegendPainter::paint(QPainter* painter, QPointF topLeft)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(topLeft);
    const QSizeF box = size();
    painter->setPen(QPen(QColor(0xD9, 0xD6, 0xCE), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(QRectF(QPointF(0.5, 0.5), box - QSizeF(1, 1)), 8, 8);

    qreal y = kPadding;
    const auto heading = [&](const QString& text) {
        painter->setFont(headingFont());
        painter->setPen(style::ink());
        painter->drawText(QRectF(kPadding, y, kWidth - 2 * kPadding, kRow), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += kRow;
    };
    const auto label = [&](const QString& text) {
        painter->setFont(entryFont());
        painter->setPen(style::ink());
        painter->drawText(QRectF(kPadding + 46, y, kWidth - kPadding - 46, kRow), Qt::AlignLeft | Qt::AlignVCenter, text);
    };

    heading(QObject::tr("Relations"));
    for (const auto type : kTypes) {
        const qreal mid = y + kRow / 2;
        const QColor color = style::relationColor(type);
        painter->setPen(QPen(color, 2.4, style::relationPenStyle(type), Qt::FlatCap));
        const bool directed = type != core::RelationType::Cooperation;
        painter->drawLine(QPointF(kPadding, mid), QPointF(kPadding + (directed ? 30 : 36), mid));
        if (directed) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(QPolygonF({QPointF(kPadding + 37, mid), QPointF(kPadding + 28, mid - 4.5),
                                            QPointF(kPadding + 28, mid + 4.5)}));
        }
        label(style::relationLabel(type) + (directed ? QString() : QObject::tr(" (mutual)")));
        y += kRow;
    }
    y += 4;
    heading(QObject::tr("Actors"));
    for (const auto kind : kKinds) {
        const QPointF centre(kPadding + 18, y + kRow / 2);
        painter->setPen(QPen(style::kindStroke(kind), 1.4));
        painter->setBrush(style::kindFill(kind));
        painter->drawPath(style::kindShape(kind, 7).translated(centre));
        label(style::kindLabel(kind));
        y += kRow;
    }
    y += 4;
    painter->setFont(entryFont());
    painter->setPen(QColor(0x6B, 0x6E, 0x73));
    painter->drawText(QRectF(kPadding, y, kWidth - 2 * kPadding, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                      QObject::tr("Size: links · width: quotes"));
    painter->restore();
}

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFixedSize(sizeHint());
}

QSize LegendWidget::sizeHint() const
{
    return LegendPainter::size().toSize() + QSize(1, 1);
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    LegendPainter::paint(&painter, QPointF(0, 0));
}

} // namespace diplograph::ui
