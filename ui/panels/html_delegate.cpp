#include "panels/html_delegate.h"

#include "models/roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace diplograph::ui {

namespace {

constexpr int kMargin = 8;

void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(HtmlRole).toString());
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
        width = view->viewport()->width();
    }
    document.setTextWidth(std::max(120, width - 2 * kMargin));
}

} // namespace

void HtmlDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    painter->save();
    const bool selected = item.state & QStyle::State_Selected;
    const bool hovered = item.state & QStyle::State_MouseOver;
    painter->fillRect(item.rect, selected ? QColor(0xE3, 0xEE, 0xFA) : hovered ? QColor(0xF3, 0xF4, 0xF6) : QColor(Qt::white));
    painter->setPen(QColor(0xE6, 0xE4, 0xDF));
    painter->drawLine(item.rect.bottomLeft(), item.rect.bottomRight());
    if (selected) {
        painter->fillRect(QRect(item.rect.left(), item.rect.top(), 3, item.rect.height()), QColor(0x00, 0x72, 0xB2));
    }
    QTextDocument document;
    prepare(document, item, index);
    painter->translate(item.rect.left() + kMargin, item.rect.top() + kMargin);
    document.drawContents(painter);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QTextDocument document;
    prepare(document, item, index);
    return {static_cast<int>(document.idealWidth()) + 2 * kMargin, static_cast<int>(document.size().height()) + 2 * kMargin};
}

} // namespace diplograph::ui
