#include "panels/edits_panel.h"

#include "controller.h"
#include "models/edit_command.h"
#include "models/roles.h"
#include "panels/panel_heading.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diplograph::ui {

namespace {

// "2026-01-02T03:04:05Z" in the local time zone, minutes only.
QString localTime(const std::string& utc)
{
    const QDateTime at = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromStdString(utc);
}

QString nameIn(const core::GraphView& view, const std::string& id)
{
    const auto* node = view.findNode(id);
    return QString::fromStdString(node ? node->name : id);
}

} // namespace

EditsPanel::EditsPanel(Controller* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_tree(new QTreeWidget(this)), m_revert(new QPushButton(tr("Revert"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = addPanelHeading(layout, this);
    heading->setText(tr("<b>Edits</b> <span style=\"color:#5F6368;\">— every correction, newest first; each can be "
                        "reverted on its own</span>"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Edit"), tr("When"), tr("By")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Analyst edits"));
    layout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert->setEnabled(false);
    m_revert->setToolTip(tr("Undo the selected edit alone: unhide, unmerge, remove an alias, restore a rejected relation…"));
    buttons->addWidget(m_revert);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_revert->setEnabled(!m_tree->selectedItems().isEmpty()); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        for (auto* item : m_tree->selectedItems()) {
            m_controller->removeEdit(item->data(0, IdRole).toLongLong());
        }
    });
    connect(controller, &Controller::editsChanged, this, &EditsPanel::refresh);
    refresh();
}

void EditsPanel::refresh()
{
    m_tree->clear();
    const auto& view = m_controller->view();
    const auto& edits = m_controller->edits();
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        const core::Edit& edit = *it;
        auto* item = new QTreeWidgetItem(m_tree);
        QString text = describeEdit(edit, nameIn(view, edit.actor), nameIn(view, edit.value));
        if (!edit.edge.reason.empty()) {
            text += tr(" — “%1”").arg(QString::fromStdString(edit.edge.reason));
        }
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setText(1, localTime(edit.createdAt));
        item->setText(2, QString::fromStdString(edit.author));
        item->setData(0, IdRole, static_cast<qlonglong>(edit.id));
        item->setData(0, KindRole, static_cast<int>(edit.kind));
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_revert->setEnabled(false);
}

} // namespace diplograph::ui
