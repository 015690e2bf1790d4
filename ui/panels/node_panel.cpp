#include "panels/node_panel.h"

#include "controller.h"
#include "graphview/graph_style.h"
#include "models/filter_models.h"
#include "models/roles.h"
#include "models/utf8_text.h"
#include "panels/panel_heading.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace diplograph::ui {

namespace {

constexpr int kMaxMentions = 200;

QString nameOf(const core::GraphView& view, const std::string& id)
{
    for (const auto& node : view.nodes) {
        if (node.id == id) {
            return QString::fromStdString(node.name);
        }
    }
    return QString::fromStdString(id);
}

} // namespace

NodePanel::NodePanel(const Controller* controller, const RelationFilterModel* filter, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_filter(filter), m_tree(new QTreeView(this)),
      m_model(new QStandardItemModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading = addPanelHeading(layout, this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QString edgeId = index.data(IdRole).toString();
        if (!edgeId.isEmpty()) {
            Q_EMIT edgeActivated(edgeId);
        } else if (index.data(ArticleIdRole).isValid()) {
            Q_EMIT mentionActivated(index.data(ArticleIdRole).toLongLong(),
                                    {index.data(StartRole).toULongLong(), index.data(EndRole).toULongLong()});
        }
    });
    setNode({});
}

void NodePanel::setNode(const QString& nodeId)
{
    m_model->clear();
    const auto& view = m_controller->view();
    const core::GraphNode* node = nullptr;
    for (const auto& candidate : view.nodes) {
        if (QString::fromStdString(candidate.id) == nodeId) {
            node = &candidate;
        }
    }
    if (!node) {
        m_heading->setText(tr("Click an actor to see its relations and mentions."));
        return;
    }
    m_heading->setText(QStringLiteral("<span style=\"font-size:11pt;\"><b>%1</b></span> <span style=\"color:#5F6368;\">%2 · %3</span>")
                           .arg(QString::fromStdString(node->name).toHtmlEscaped(), style::kindLabel(node->kind), nodeId.toHtmlEscaped()));
    // Relations: type -> counterpart rows, only edges the filters keep.
    std::map<int, std::vector<const core::GraphEdge*>> byType;
    for (const auto& edge : view.edges) {
        if ((edge.source == node->id || edge.target == node->id) && m_filter->visibleEdgeIds().contains(QString::fromStdString(edge.id))) {
            byType[static_cast<int>(edge.type)].push_back(&edge);
        }
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    auto* relations = new QStandardItem(tr("Relations"));
    relations->setFont(bold);
    m_model->appendRow(relations);
    for (const auto& [type, edges] : byType) {
        auto* group = new QStandardItem(QStringLiteral("%1 (%2)").arg(style::relationLabel(static_cast<core::RelationType>(type))).arg(edges.size()));
        group->setForeground(style::relationColor(static_cast<core::RelationType>(type)).darker(115));
        group->setFont(bold);
        relations->appendRow(group);
        for (const auto* edge : edges) {
            const bool outgoing = edge->source == node->id;
            const QString arrow = !edge->directed ? QStringLiteral("↔") : outgoing ? QStringLiteral("→") : QStringLiteral("←");
            auto* item = new QStandardItem(QStringLiteral("%1 %2  ·  %3 quote(s)")
                                               .arg(arrow, nameOf(view, outgoing ? edge->target : edge->source))
                                               .arg(m_filter->survivingWeight(*edge)));
            item->setData(QString::fromStdString(edge->id), IdRole);
            item->setToolTip(tr("Click to read the quotes"));
            group->appendRow(item);
        }
    }
    // Mentions: sentences of kept articles where an actor folded into this node is named.
    auto* mentions = new QStandardItem(tr("Mentions"));
    mentions->setFont(bold);
    m_model->appendRow(mentions);
    int count = 0;
    for (const auto& article : m_controller->articles()) {
        if (!m_filter->articleKept(article.record.id) || count >= kMaxMentions) {
            continue;
        }
        const std::string& text = m_controller->articleText(article.record.id);
        QStandardItem* group = nullptr; // one row per article, its sentences below
        for (const auto& actor : article.result->actors) {
            // Every actor the graph folded into this node: merged ones too, not only the one keeping the id.
            const bool folds = std::binary_search(node->actors.begin(), node->actors.end(), actor.id);
            if (!folds) {
                continue;
            }
            for (const auto& range : actor.mentions) {
                if (count >= kMaxMentions || range.end > text.size()) {
                    break;
                }
                ++count;
                // Show the sentence around the mention.
                core::ByteRange sentence = range;
                for (const auto& s : article.result->sentences) {
                    if (s.range.contains(range)) {
                        sentence = s.range;
                    }
                }
                if (!group) {
                    group = new QStandardItem(QString::fromStdString(article.record.title));
                    group->setToolTip(QString::fromStdString(article.record.title));
                    mentions->appendRow(group);
                }
                const QString snippet = Utf8Text(std::string_view(text).substr(sentence.start, sentence.size())).text();
                auto* item = new QStandardItem(snippet);
                item->setToolTip(tr("Click to read it in the article"));
                item->setData(static_cast<qint64>(article.record.id), ArticleIdRole);
                item->setData(static_cast<qulonglong>(range.start), StartRole);
                item->setData(static_cast<qulonglong>(range.end), EndRole);
                group->appendRow(item);
            }
        }
        if (group) {
            group->setText(QStringLiteral("%1 (%2)").arg(group->text()).arg(group->rowCount()));
        }
    }
    mentions->setText(tr("Mentions (%1)").arg(count));
    m_tree->expandAll();
}

} // namespace diplograph::ui
