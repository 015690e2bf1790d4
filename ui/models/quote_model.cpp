#include "models/quote_model.h"

#include "controller.h"
#include "graphview/graph_style.h"
#include "models/filter_models.h"
#include "models/roles.h"
#include "models/utf8_text.h"

#include <QLocale>

namespace diplograph::ui {

namespace {

// The quote as HTML with the trigger's bytes wrapped in a highlight.
QString quoteHtml(const core::Evidence& evidence)
{
    const Utf8Text text(evidence.quote);
    const auto& trigger = evidence.trigger.range;
    if (trigger.empty() || trigger.start < evidence.range.start || trigger.end > evidence.range.end) {
        return text.text().toHtmlEscaped();
    }
    const int from = text.toUtf16(trigger.start - evidence.range.start);
    const int to = text.toUtf16(trigger.end - evidence.range.start);
    return text.text().left(from).toHtmlEscaped() +
           QStringLiteral("<span style=\"background-color:#FFE7A3; font-weight:600;\">") +
           text.text().mid(from, to - from).toHtmlEscaped() + QStringLiteral("</span>") +
           text.text().mid(to).toHtmlEscaped();
}

} // namespace

QuoteModel::QuoteModel(const Controller* controller, const RelationFilterModel* filter, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller), m_filter(filter)
{
}

void QuoteModel::setEdge(const core::GraphEdge* edge)
{
    beginResetModel();
    m_rows.clear();
    if (edge) {
        for (const auto& ref : edge->evidence) {
            if (!ref.evidence || (m_filter && !m_filter->acceptsEvidence(ref))) {
                continue;
            }
            Row row;
            row.article = ref.article;
            row.articleTitle = ref.record ? QString::fromStdString(ref.record->title) : QString();
            row.range = ref.evidence->range;
            row.sentence = ref.evidence->sentence;
            row.rule = QString::fromStdString(ref.evidence->rule);
            row.confidence = ref.evidence->confidence;
            row.quote = Utf8Text(ref.evidence->quote).text();
            row.rejected = ref.rejection != nullptr;
            row.analyst = ref.addition != nullptr;
            const auto day = [](const std::string& at) { return QString::fromStdString(at.substr(0, 10)); };
            row.provenance = row.analyst
                                 ? tr("<b>analyst</b> · %1 · %2").arg(QString::fromStdString(ref.addition->author).toHtmlEscaped(),
                                                                     day(ref.addition->createdAt))
                                 : tr("machine · rule %1 · confidence %2")
                                       .arg(row.rule.toHtmlEscaped(), QLocale().toString(row.confidence, 'f', 2));
            if (row.rejected) {
                const auto& reason = ref.rejection->edge.reason;
                row.provenance += tr("<br><span style=\"color:#C5221F;\">rejected by %1 · %2%3</span>")
                                      .arg(QString::fromStdString(ref.rejection->author).toHtmlEscaped(),
                                           day(ref.rejection->createdAt),
                                           reason.empty() ? QString() : QStringLiteral(": ") + QString::fromStdString(reason).toHtmlEscaped());
            }
            // Name the actors as this article has them: at entity level an embassy's quote says so.
            if (const auto* article = m_controller->article(ref.article)) {
                for (const auto& relation : article->result->relations) {
                    if (relation.id == ref.relation) {
                        const auto* source = article->result->findActor(relation.source);
                        const auto* target = article->result->findActor(relation.target);
                        row.source = QString::fromStdString(source ? source->name : relation.source);
                        row.target = QString::fromStdString(target ? target->name : relation.target);
                    }
                }
            }
            const QString who = row.source.isEmpty()
                                    ? QString()
                                    : QStringLiteral("<b>%1</b>%2<b>%3</b> · ").arg(row.source.toHtmlEscaped(),
                                                                                    style::relationArrow(edge->directed),
                                                                                    row.target.toHtmlEscaped());
            const QString quote = row.rejected ? QStringLiteral("<s style=\"color:#80868B;\">“%1”</s>").arg(quoteHtml(*ref.evidence))
                                               : QStringLiteral("“%1”").arg(quoteHtml(*ref.evidence));
            row.html = QStringLiteral("<div style=\"font-size:10.5pt; line-height:130%;\">%1</div>"
                                      "<div style=\"color:#5F6368; font-size:9pt;\">%2<i>%3</i><br>%4</div>")
                           .arg(quote, who, row.articleTitle.toHtmlEscaped(), row.provenance);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

const QuoteModel::Row* QuoteModel::row(int index) const
{
    return index >= 0 && index < rowCount() ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

int QuoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant QuoteModel::data(const QModelIndex& index, int role) const
{
    const Row* r = row(index.row());
    if (!r) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return r->quote;
    case Qt::ToolTipRole: return tr("Click to read it in the article");
    case HtmlRole: return r->html;
    case ArticleIdRole: return static_cast<qint64>(r->article);
    case StartRole: return static_cast<qulonglong>(r->range.start);
    case EndRole: return static_cast<qulonglong>(r->range.end);
    case SentenceRole: return r->sentence;
    case ConfidenceRole: return r->confidence;
    case RejectedRole: return r->rejected;
    case AnalystRole: return r->analyst;
    default: return {};
    }
}

} // namespace diplograph::ui
