#include "panels/article_view.h"

#include "controller.h"
#include "graphview/graph_style.h"
#include "panels/panel_heading.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cctype>
#include <memory>

namespace diplograph::ui {

ArticleView::ArticleView(const Controller* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_text(new QTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading = addPanelHeading(layout, this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Article text"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setFont(style::uiFont(11));
    m_text->document()->setDocumentMargin(14);
    m_text->setMouseTracking(true);
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    // Keep the quote's selection as visible when the text has no focus as when it has.
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x9E, 0xCB, 0xF0));
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x9E, 0xCB, 0xF0));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, style::ink());
    palette.setColor(QPalette::Active, QPalette::HighlightedText, style::ink());
    m_text->setPalette(palette);
    layout->addWidget(m_text, 1);
    m_addRelation = new QAction(tr("Add relation…"), this);
    m_addRelation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_addRelation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addRelation);
    connect(m_addRelation, &QAction::triggered, this, [this] {
        const core::ByteRange range = quoteRange();
        if (m_article != 0 && !range.empty()) {
            Q_EMIT addRelationRequested(m_article, range);
        }
    });
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        // A right-click outside the selection moves the text cursor there, so the menu acts on that sentence.
        const QTextCursor clicked = m_text->cursorForPosition(at);
        const QTextCursor current = m_text->textCursor();
        if (!current.hasSelection() || clicked.position() < current.selectionStart() ||
            clicked.position() > current.selectionEnd()) {
            m_text->setTextCursor(clicked);
        }
        std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(at));
        menu->insertAction(menu->actions().value(0), m_addRelation);
        menu->insertSeparator(menu->actions().value(1));
        m_addRelation->setEnabled(m_article != 0 && !quoteRange().empty());
        menu->exec(m_text->viewport()->mapToGlobal(at));
        m_addRelation->setEnabled(true);
    });
    clear();
}

int ArticleView::sentenceAt(std::size_t offset) const
{
    for (const auto& sentence : m_sentences) {
        if (sentence.range.start <= offset && offset < sentence.range.end) {
            return sentence.id;
        }
    }
    return -1;
}

core::ByteRange ArticleView::quoteRange() const
{
    if (m_article == 0) {
        return {};
    }
    const QTextCursor cursor = m_text->textCursor();
    const std::string& text = m_controller->articleText(m_article);
    if (cursor.hasSelection()) {
        std::size_t start = m_utf8.toByte(cursor.selectionStart());
        std::size_t end = m_utf8.toByte(cursor.selectionEnd());
        const auto space = [&](std::size_t at) { return std::isspace(static_cast<unsigned char>(text[at])) != 0; };
        while (start < end && end <= text.size() && space(start)) {
            ++start;
        }
        while (end > start && end <= text.size() && space(end - 1)) {
            --end;
        }
        return end <= text.size() ? core::ByteRange{start, end} : core::ByteRange{};
    }
    const std::size_t at = m_utf8.toByte(cursor.position());
    for (const auto& sentence : m_sentences) {
        if (sentence.range.start <= at && at < sentence.range.end) {
            return sentence.range;
        }
    }
    return {};
}

void ArticleView::clear()
{
    m_article = 0;
    m_sentences.clear();
    m_utf8 = Utf8Text();
    m_text->clear();
    m_heading->setText(tr("<span style=\"color:#5F6368;\">Click a quote to read it in its article.</span>"));
}

void ArticleView::showArticle(core::ArticleId article)
{
    if (article == m_article) {
        return;
    }
    const auto* record = m_controller->article(article);
    if (!record) {
        clear();
        return;
    }
    m_article = article;
    m_quote = {};
    m_hoveredSentence = -1;
    m_utf8 = Utf8Text(m_controller->articleText(article));
    m_sentences = record->result->sentences;
    m_text->setPlainText(m_utf8.text());
    // Air between paragraphs; positions are unchanged since only block formats change.
    QTextCursor all(m_text->document());
    all.select(QTextCursor::Document);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(9);
    paragraph.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(paragraph);
    const QString source = QString::fromStdString(record->record.source);
    m_heading->setText(QStringLiteral("<span style=\"font-size:11pt;\"><b>%1</b></span><br><span style=\"color:#5F6368;\">%2%3</span>")
                           .arg(QString::fromStdString(record->record.title).toHtmlEscaped(), source.toHtmlEscaped(),
                                record->record.date ? QStringLiteral(" · ") + QString::fromStdString(*record->record.date)
                                                    : QString()));
    applyMarks();
}

void ArticleView::showQuote(core::ArticleId article, core::ByteRange range)
{
    showArticle(article);
    if (m_article != article) {
        return;
    }
    m_quote = range;
    applyMarks();
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_utf8.toUtf16(range.start));
    cursor.setPosition(m_utf8.toUtf16(range.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // Centre the quote rather than leaving it on the bottom edge.
    const QRect rect = m_text->cursorRect(cursor);
    auto* bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + rect.center().y() - m_text->viewport()->height() / 2);
}

std::pair<int, int> ArticleView::selection() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ArticleView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    const auto* record = m_controller->article(m_article);
    if (!record) {
        m_text->setExtraSelections(marks);
        return;
    }
    const auto mark = [&](core::ByteRange range, const QTextCharFormat& format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(m_utf8.toUtf16(range.start));
        selection.cursor.setPosition(m_utf8.toUtf16(range.end), QTextCursor::KeepAnchor);
        selection.format = format;
        marks.push_back(selection);
    };
    if (m_hoveredSentence >= 0 && m_hoveredSentence < static_cast<int>(m_sentences.size())) {
        QTextCharFormat hovered;
        hovered.setBackground(QColor(0xF1, 0xEF, 0xE8));
        mark(m_sentences[static_cast<std::size_t>(m_hoveredSentence)].range, hovered);
    }
    if (!m_quote.empty()) {
        QTextCharFormat quote;
        quote.setBackground(QColor(0xFF, 0xF1, 0xB8));
        mark(m_quote, quote);
    }
    for (const auto& actor : record->result->actors) {
        QTextCharFormat format;
        format.setFontUnderline(true);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(style::kindStroke(actor.kind));
        format.setForeground(style::kindStroke(actor.kind).darker(125));
        format.setFontWeight(QFont::DemiBold);
        format.setToolTip(QStringLiteral("%1 (%2)").arg(QString::fromStdString(actor.name), style::kindLabel(actor.kind)));
        for (const auto& range : actor.mentions) {
            mark(range, format);
        }
    }
    m_text->setExtraSelections(marks);
}

bool ArticleView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            hoverAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        } else if (event->type() == QEvent::Leave) {
            hoverAt(QPoint(-1, -1));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::hoverAt(QPoint viewportPosition)
{
    int sentence = -1;
    if (m_article != 0 && viewportPosition.x() >= 0) {
        const int position = m_text->cursorForPosition(viewportPosition).position();
        const std::size_t byte = m_utf8.toByte(position);
        const auto it = std::find_if(m_sentences.begin(), m_sentences.end(), [byte](const core::Sentence& s) {
            return s.range.start <= byte && byte < s.range.end;
        });
        sentence = it == m_sentences.end() ? -1 : static_cast<int>(it - m_sentences.begin());
    }
    if (sentence != m_hoveredSentence) {
        m_hoveredSentence = sentence;
        applyMarks();
        Q_EMIT sentenceHovered(m_article, sentence >= 0 ? m_sentences[static_cast<std::size_t>(sentence)].id : -1);
    }
}

} // namespace diplograph::ui
