#pragma once

#include "diplograph/graph.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;

namespace diplograph::ui {

// Adding a relation the extractor missed: the quote (the analyst's selection, or the sentence clicked), a type,
// and a source and target chosen from the actors the sentence mentions, any actor of the graph, or typed as a
// new actor. The result is an AddRelation edit: rule "analyst", confidence 1, the quote's exact byte offsets.
class AddRelationDialog : public QDialog {
    Q_OBJECT
public:
    struct Candidate {
        std::string id;
        std::string name;
        core::ActorKind kind = core::ActorKind::Invalid;
        std::string entity;
        bool inSentence = false; // mentioned in the quote's sentence: listed first
    };

    // `quote` is exactly the article's bytes [range.start, range.end).
    AddRelationDialog(core::ArticleId article, int sentence, core::ByteRange range, const std::string& quote,
                      std::vector<Candidate> candidates, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QComboBox* sourceBox() const { return m_source; }
    [[nodiscard]] QComboBox* targetBox() const { return m_target; }
    [[nodiscard]] QComboBox* newKindBox() const { return m_newKind; }
    // The edit to store, or nullopt while the choice is incomplete (no type, an end missing, both ends equal).
    [[nodiscard]] std::optional<core::Edit> edit() const;

private:
    void update();
    [[nodiscard]] std::optional<core::Actor> chosen(const QComboBox* box) const;

    core::ArticleId m_article;
    int m_sentence;
    core::ByteRange m_range;
    std::string m_quote;
    std::vector<Candidate> m_candidates;
    QComboBox* m_type;
    QComboBox* m_source;
    QComboBox* m_target;
    QComboBox* m_newKind;
    QLabel* m_summary;
    QWidget* m_ok = nullptr;
};

} // namespace diplograph::ui
