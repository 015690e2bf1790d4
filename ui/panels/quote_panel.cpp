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
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    auto* review = new QHBoxLayout;
    m_confirm = new QPushButton(tr("✓ Confirm"), this);
    m_reject = new QPushButton(tr("✗ Reject…"), this);
    m_retype = new QPushButton(tr("Change type…"), this);
    m_confirm->setToolTip(tr("The relation is right: mark it confirmed (A in the review queue)"));
    m_reject->setToolTip(tr("The relation is wrong: take it out of the graph and the exports (R in the review queue)"));
    m_retype->setToolTip(tr("Change the relation's type or direction"));
    m_review = new QLabel(this);
    m_review->setTextFormat(Qt::RichText);
    for (auto* button : {m_confirm, m_reject, m_retype}) {
        button->setEnabled(false);
        review->addWidget(button);
    }
    review->addWidget(m_review, 1);
    layout->addLayout(review);
    connect(m_confirm, &QPushButton::clicked, this, &QuotePanel::confirmRequested);
    connect(m_reject, &QPushButton::clicked, this, &QuotePanel::rejectRequested);
    connect(m_retype, &QPushButton::clicked, this, &QuotePanel::retypeRequested);
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
    m_rejectQuote = new QAction(tr("Reject this quote…"), m_list);
    m_list->addAction(m_rejectQuote);
    connect(m_rejectQuote, &QAction::triggered, this, [this] {
        if (m_model->row(m_list->currentIndex().row())) {
            Q_EMIT rejectQuoteRequested(m_list->currentIndex().row());
        }
    });
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
    for (auto* button : {m_confirm, m_reject, m_retype}) {
        button->setEnabled(edge != nullptr);
    }
    m_review->setText(!edge ? QString()
                      : edge->rejected ? tr("<span style=\"color:#C5221F;\">rejected</span>")
                      : edge->confirmation
                          ? tr("<span style=\"color:#188038;\">confirmed by %1</span>").arg(QString::fromStdString(edge->confirmation->author).toHtmlEscaped())
                          : tr("<span style=\"color:#5F6368;\">not reviewed</span>"));
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
