#pragma once

#include <QStyledItemDelegate>

namespace diplograph::ui {

// Paints an item's HtmlRole as wrapped rich text, with a little air between items.
class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace diplograph::ui
