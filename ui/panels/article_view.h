#pragma once

#include "diplograph/graph.h"
#include "models/utf8_text.h"

#include <QWidget>

class QLabel;
class QTextEdit;

class QAction;

namespace diplograph::ui {

class Controller;

// One article's text with every actor mention marked. showQuote scrolls to a quote and selects it;
// hovering a sentence emits sentenceHovered so the graph can light the edges it supports.
class ArticleView : public QWidget {
    Q_OBJECT
public:
    explicit ArticleView(const Controller* controller, QWidget* parent = nullptr);

    void showArticle(core::ArticleId article);
    // Shows the article, selects `range` (bytes) and scrolls to it.
    void showQuote(core::ArticleId article, core::ByteRange range);
    void clear();

    [[nodiscard]] core::ArticleId article() const { return m_article; }
    [[nodiscard]] QTextEdit* textEdit() const { return m_text; }
    // The current selection in UTF-16 positions of the shown text: [start, end).
    [[nodiscard]] std::pair<int, int> selection() const;
    // The UTF-16 position of a byte offset in the shown article.
    [[nodiscard]] int positionOf(std::size_t byteOffset) const { return m_utf8.toUtf16(byteOffset); }
    // "Add relation…" (context menu, Ctrl+R): the selection, else the sentence under the text cursor.
    [[nodiscard]] QAction* addRelationAction() const { return m_addRelation; }
    // The bytes "Add relation" would quote now: the selection without surrounding spaces, else the sentence at
    // the text cursor; empty when there is neither.
    [[nodiscard]] core::ByteRange quoteRange() const;
    // The Sentence::id holding byte `offset`, or -1.
    [[nodiscard]] int sentenceAt(std::size_t offset) const;

Q_SIGNALS:
    // The analyst asked to add a relation quoting `range` (bytes) of `article`.
    void addRelationRequested(core::ArticleId article, core::ByteRange range);
    // -1 when the pointer left every sentence.
    void sentenceHovered(core::ArticleId article, int sentence);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyMarks();
    void hoverAt(QPoint viewportPosition);

    const Controller* m_controller;
    QLabel* m_heading = nullptr;
    QTextEdit* m_text;
    core::ArticleId m_article = 0;
    Utf8Text m_utf8;
    std::vector<core::Sentence> m_sentences;
    core::ByteRange m_quote;
    int m_hoveredSentence = -1;
    QAction* m_addRelation = nullptr;
};

} // namespace diplograph::ui
