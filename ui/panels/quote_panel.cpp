#include "panels/quote_panel.h"

#include "graphview/graph_style.h"
#include "models/quote_model.h"
#include "models/roles.h"
#include "panels/html_delegate.h"
#include "panels/panel_heading.h"
#include "panels/timeline_chart.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace diplograph::ui {

QuotePanel::QuotePanel(QuoteModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_list(new QListView(this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading = addPanelHeading(layout, this);
    m_timeline = new TimelineChart(this);
    m_timeline->setMinimumHeight(110);
    layout->addWidget(m_timeline);
    m_list->setModel(model);
    m_list->setItemDelegate(new HtmlDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list, 1);
    m_list->setAccessibleName(tr("Quotes supporting the selected relation"));
    // Copy a quote with its source, ready to paste into a report.
    auto* copy = new QAction(tr("Copy quote with source"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copy);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] {
        if (const auto* row = m_model->row(m_list->currentIndex().row())) {
            QGuiApplication::clipboard()->setText(QStringLiteral("“%1” (%2)").arg(row->quote, row->articleTitle));
        }
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (const auto* row = m_model->row(index.row())) {
            Q_EMIT quoteActivated(row->article, row->range, row->sentence);
        }
    });
    setEdge(nullptr, {}, {});
}

void QuotePanel::setEdge(const core::GraphEdge* edge, const QString& sourceName, const QString& targetName)
{
    m_model->setEdge(edge);
    if (!edge) {
        m_timeline->setTimeline({}, {}, {});
        m_heading->setText(tr("<span style=\"color:#5F6368;\">Click an edge to read the quotes behind it.</span>"));
        return;
    }
    m_heading->setText(QStringLiteral("<span style=\"font-size:11pt;\"><b>%1</b>%2<b>%3</b></span><br>"
                                      "<span style=\"color:%4; font-weight:600;\">%5</span>"
                                      "<span style=\"color:#5F6368;\"> · %6 quote(s) shown</span>")
                           .arg(sourceName.toHtmlEscaped(), style::relationArrow(edge->directed), targetName.toHtmlEscaped(),
                                style::relationColor(edge->type).name(), style::relationLabel(edge->type))
                           .arg(m_model->rowCount()));
}

} // namespace diplograph::ui
