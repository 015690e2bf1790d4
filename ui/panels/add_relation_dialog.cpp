#include "panels/add_relation_dialog.h"

#include "graphview/graph_style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace diplograph::ui {

namespace {

// A new actor's id from its name: "New Zubrovia" -> "NEW-ZUBROVIA" (letters and digits, upper case).
std::string codeFor(const QString& name)
{
    QString code;
    for (const QChar c : name.simplified()) {
        if (c.isLetterOrNumber()) {
            code += c.toUpper();
        } else if (!code.isEmpty() && !code.endsWith(QLatin1Char('-'))) {
            code += QLatin1Char('-');
        }
    }
    while (code.endsWith(QLatin1Char('-'))) {
        code.chop(1);
    }
    return code.toStdString();
}

void fill(QComboBox* box, const std::vector<AddRelationDialog::Candidate>& candidates)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    bool separated = false;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& candidate = candidates[i];
        if (!candidate.inSentence && !separated && i > 0) {
            box->insertSeparator(box->count());
            separated = true;
        }
        box->addItem(QStringLiteral("%1%2").arg(QString::fromStdString(candidate.name),
                                               candidate.inSentence ? QStringLiteral("  — in this sentence") : QString()),
                     QString::fromStdString(candidate.id));
    }
    box->setCurrentIndex(-1);
    box->lineEdit()->setPlaceholderText(QObject::tr("An actor of the sentence, any actor, or a new name"));
}

} // namespace

AddRelationDialog::AddRelationDialog(core::ArticleId article, int sentence, core::ByteRange range,
                                     const std::string& quote, std::vector<Candidate> candidates, QWidget* parent)
    : QDialog(parent), m_article(article), m_sentence(sentence), m_range(range), m_quote(quote),
      m_candidates(std::move(candidates)), m_type(new QComboBox(this)), m_source(new QComboBox(this)),
      m_target(new QComboBox(this)), m_newKind(new QComboBox(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Add relation"));
    setObjectName(QStringLiteral("addRelationDialog"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* quoteLabel = new QLabel(this);
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::RichText);
    quoteLabel->setText(QStringLiteral("<div style=\"font-size:11pt; line-height:130%;\">“%1”</div>"
                                       "<div style=\"color:#5F6368;\">bytes %2–%3 · sentence %4 · becomes the evidence, "
                                       "rule <i>analyst</i>, confidence 1</div>")
                            .arg(QString::fromStdString(quote).toHtmlEscaped())
                            .arg(range.start)
                            .arg(range.end)
                            .arg(sentence));
    quoteLabel->setStyleSheet(QStringLiteral("QLabel { background: #FFF8E1; border-left: 3px solid #F2B600; padding: 8px; }"));
    layout->addWidget(quoteLabel);
    auto* form = new QFormLayout;
    for (auto type : {core::RelationType::Cooperation, core::RelationType::Criticism, core::RelationType::Rejection}) {
        m_type->addItem(style::relationLabel(type), static_cast<int>(type));
    }
    fill(m_source, m_candidates);
    fill(m_target, m_candidates);
    m_newKind->addItem(style::kindLabel(core::ActorKind::State), static_cast<int>(core::ActorKind::State));
    m_newKind->addItem(style::kindLabel(core::ActorKind::Organisation), static_cast<int>(core::ActorKind::Organisation));
    m_newKind->addItem(style::kindLabel(core::ActorKind::Group), static_cast<int>(core::ActorKind::Group));
    m_newKind->addItem(style::kindLabel(core::ActorKind::Person), static_cast<int>(core::ActorKind::Person));
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("&Target"), m_target);
    form->addRow(tr("New actor is a"), m_newKind);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add relation"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (auto* box : {m_type, m_source, m_target, m_newKind}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AddRelationDialog::update);
    }
    connect(m_source, &QComboBox::editTextChanged, this, &AddRelationDialog::update);
    connect(m_target, &QComboBox::editTextChanged, this, &AddRelationDialog::update);
    // Two actors of the sentence: propose them in reading order.
    int inSentence = 0;
    for (const auto& candidate : m_candidates) {
        inSentence += candidate.inSentence ? 1 : 0;
    }
    if (inSentence >= 2) {
        m_source->setCurrentIndex(0);
        m_target->setCurrentIndex(1);
    }
    update();
}

std::optional<core::Actor> AddRelationDialog::chosen(const QComboBox* box) const
{
    const QString text = box->currentText().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const int index = box->findText(text);
    if (index >= 0 && box->itemData(index).isValid()) {
        const std::string id = box->itemData(index).toString().toStdString();
        for (const auto& candidate : m_candidates) {
            if (candidate.id == id) {
                return core::Actor{candidate.id, candidate.name, candidate.kind, candidate.entity, std::nullopt, {}};
            }
        }
    }
    for (const auto& candidate : m_candidates) { // typed: an existing actor's name or id
        if (QString::fromStdString(candidate.name).compare(text, Qt::CaseInsensitive) == 0 ||
            QString::fromStdString(candidate.id).compare(text, Qt::CaseInsensitive) == 0) {
            return core::Actor{candidate.id, candidate.name, candidate.kind, candidate.entity, std::nullopt, {}};
        }
    }
    const std::string code = codeFor(text);
    if (code.empty()) {
        return std::nullopt;
    }
    return core::Actor{code, text.toStdString(), static_cast<core::ActorKind>(m_newKind->currentData().toInt()), code,
                       std::nullopt, {}};
}

std::optional<core::Edit> AddRelationDialog::edit() const
{
    const auto source = chosen(m_source);
    const auto target = chosen(m_target);
    if (!source || !target || source->id == target->id) {
        return std::nullopt;
    }
    core::Edit edit;
    edit.kind = core::EditKind::AddRelation;
    edit.actor = source->id;
    edit.value = target->id;
    edit.edge.type = static_cast<core::RelationType>(m_type->currentData().toInt());
    edit.edge.source = source->id;
    edit.edge.target = target->id;
    edit.edge.article = m_article;
    edit.edge.sentence = m_sentence;
    edit.edge.range = m_range;
    edit.edge.quote = m_quote;
    for (const auto& actor : {*source, *target}) {
        edit.edge.actors.push_back(actor); // the article may not mention it: the graph needs its name and kind
    }
    return edit;
}

void AddRelationDialog::update()
{
    const auto source = chosen(m_source);
    const auto target = chosen(m_target);
    const auto isNew = [&](const std::optional<core::Actor>& actor) {
        return actor && std::none_of(m_candidates.begin(), m_candidates.end(),
                                     [&](const Candidate& c) { return c.id == actor->id; });
    };
    m_newKind->setEnabled(isNew(source) || isNew(target));
    const auto result = edit();
    m_ok->setEnabled(result.has_value());
    if (!result) {
        m_summary->setText(tr("<span style=\"color:#5F6368;\">Choose two different actors.</span>"));
        return;
    }
    const auto type = result->edge.type;
    m_summary->setText(tr("<b>%1</b> %2 <b>%3</b> — %4%5")
                           .arg(QString::fromStdString(source->name).toHtmlEscaped(), style::relationArrow(type != core::RelationType::Cooperation),
                                QString::fromStdString(target->name).toHtmlEscaped(), style::relationLabel(type).toLower(),
                                isNew(source) || isNew(target) ? tr(" (a new actor)") : QString()));
}

} // namespace diplograph::ui
